import type { CallScope } from './call-scope.js';

/**
 * Settles with `promise`, or with `stopped()` as soon as the call stops (its caller's abort,
 * its deadline, close()): a credential refresh or a backoff wait never outlives its call.
 * The losing promise's rejection is handled, so it never surfaces as unhandled.
 */
export async function raceStop<V>(
  promise: Promise<V>,
  scope: CallScope,
  stopped: () => Error,
): Promise<V> {
  const { signal } = scope;
  if (signal.aborted) {
    promise.catch(() => undefined);
    throw stopped();
  }
  let onAbort = (): void => undefined;
  const stop = new Promise<never>((_, reject) => {
    onAbort = () => reject(stopped());
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([promise, stop]);
  } catch (error) {
    throw signal.aborted ? stopped() : error;
  } finally {
    signal.removeEventListener('abort', onAbort);
    promise.catch(() => undefined);
    stop.catch(() => undefined);
  }
}
