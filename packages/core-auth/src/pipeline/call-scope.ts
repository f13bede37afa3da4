/** Why a call or attempt stopped early. */
export type StopReason = 'caller' | 'deadline' | 'closed' | 'attempt-timeout';

/**
 * The signals of one call: the caller's signal, the whole call's deadline and the client's
 * close(), folded into one AbortController, with one more per attempt for its timeout.
 * Plain timers and listeners that are always removed, rather than AbortSignal.any over a
 * long-lived signal, so a pipeline that serves millions of calls holds nothing per call.
 */
export class CallScope {
  readonly #controller = new AbortController();
  readonly #callerSignal: AbortSignal | undefined;
  readonly #onCallerAbort = (): void => this.stop('caller');
  #deadlineTimer: ReturnType<typeof setTimeout> | undefined;
  #reason: StopReason | undefined;

  constructor(callerSignal: AbortSignal | undefined, deadlineMs: number | undefined) {
    this.#callerSignal = callerSignal;
    if (callerSignal?.aborted) {
      this.stop('caller');
      return;
    }
    callerSignal?.addEventListener('abort', this.#onCallerAbort, { once: true });
    if (deadlineMs !== undefined) {
      this.#deadlineTimer = setTimeout(() => this.stop('deadline'), deadlineMs);
    }
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Why the call stopped, or undefined while it runs. */
  get reason(): StopReason | undefined {
    return this.#reason;
  }

  /** The caller's own abort reason, kept as the cause of an AbortError. */
  get callerReason(): unknown {
    return this.#callerSignal?.reason;
  }

  stop(reason: StopReason): void {
    if (this.#reason !== undefined) return;
    this.#reason = reason;
    this.#controller.abort(reason);
  }

  /** A signal for one attempt: aborts with the call, or after `timeoutMs`. */
  attempt(timeoutMs: number): AttemptScope {
    return new AttemptScope(this.#controller.signal, timeoutMs);
  }

  /** Waits `ms`, or rejects as soon as the call stops. */
  sleep(ms: number): Promise<void> {
    const signal = this.#controller.signal;
    return new Promise((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(signal.reason);
      };
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  dispose(): void {
    clearTimeout(this.#deadlineTimer);
    this.#callerSignal?.removeEventListener('abort', this.#onCallerAbort);
  }
}

/** One attempt's signal and timer. */
export class AttemptScope {
  readonly #controller = new AbortController();
  readonly #parent: AbortSignal;
  readonly #timer: ReturnType<typeof setTimeout>;
  readonly #onParentAbort = (): void => this.#controller.abort(this.#parent.reason);
  #timedOut = false;

  constructor(parent: AbortSignal, timeoutMs: number) {
    this.#parent = parent;
    // A listener added to a signal that has already aborted never runs: a call stopped
    // between its credential and its attempt (by a hook, a header builder) must not send.
    if (parent.aborted) this.#controller.abort(parent.reason);
    else parent.addEventListener('abort', this.#onParentAbort, { once: true });
    this.#timer = setTimeout(() => {
      this.#timedOut = true;
      this.#controller.abort('attempt-timeout' satisfies StopReason);
    }, timeoutMs);
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get timedOut(): boolean {
    return this.#timedOut;
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#parent.removeEventListener('abort', this.#onParentAbort);
  }
}
