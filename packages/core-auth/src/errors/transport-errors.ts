import { SdkError, type SdkErrorOptions } from './sdk-error.js';

/** Which clock ran out: one attempt's `timeoutMs`, or the whole call's `deadlineMs`. */
export type TimeoutKind = 'attempt' | 'deadline';

/**
 * No response arrived in time.
 *
 * @example
 * ```ts
 * catch (error) { if (TimeoutError.is(error) && error.timeoutKind === 'deadline') … }
 * ```
 */
export class TimeoutError extends SdkError {
  static override readonly kind: string = 'TimeoutError';
  static override readonly defaultCode: string = 'timeout';
  readonly timeoutKind: TimeoutKind;
  readonly timeoutMs: number;

  constructor(
    message: string,
    options: SdkErrorOptions & { timeoutKind: TimeoutKind; timeoutMs: number },
  ) {
    super(message, options);
    this.timeoutKind = options.timeoutKind;
    this.timeoutMs = options.timeoutMs;
  }
}

/**
 * The connection failed before a whole response arrived (refused, reset, DNS).
 *
 * @example
 * ```ts
 * catch (error) { if (NetworkError.is(error)) console.error(error.syscallCode); } // 'ECONNRESET'
 * ```
 */
export class NetworkError extends SdkError {
  static override readonly kind: string = 'NetworkError';
  static override readonly defaultCode: string = 'network_error';
  /** The operating system's code when known, e.g. `ECONNREFUSED`. */
  readonly syscallCode: string | undefined;

  constructor(message: string, options: SdkErrorOptions & { syscallCode?: string | undefined }) {
    super(message, options);
    this.syscallCode = options.syscallCode;
  }
}

/**
 * The caller aborted the call through its `AbortSignal`, or closed the client. Its `name`
 * is `AbortError`, like the DOM's, so existing abort checks keep working.
 *
 * @example
 * ```ts
 * catch (error) { if (AbortError.is(error)) return; }
 * ```
 */
export class AbortError extends SdkError {
  static override readonly kind: string = 'AbortError';
  static override readonly defaultCode: string = 'aborted';
}
