/**
 * Waits for a shared promise on behalf of one caller: the caller's signal aborting rejects
 * this wait with the signal's reason and leaves the promise itself running for the others.
 */
export function waitFor<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    // Handling both outcomes also marks the shared promise handled, so a refresh that fails
    // after every caller gave up is no unhandled rejection. The listener goes as soon as the
    // wait ends, so a long-lived signal collects none.
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
