import { SdkError } from '@core/auth';
import { STAKE_PROVIDER } from '../config/defaults.js';

/**
 * The client-side rate limit already has `maxQueue` calls waiting: this one was refused
 * before anything was sent. Not retried (retrying would only join the queue again).
 *
 * @example
 * ```ts
 * if (RateLimitQueueFullError.is(error)) await slowDown();
 * ```
 */
export class RateLimitQueueFullError extends SdkError {
  static override readonly kind: string = 'RateLimitQueueFullError';
  static override readonly defaultCode: string = 'rate_limit_queue_full';
  /** The `rateLimit.maxQueue` that was reached. */
  readonly maxQueue: number;

  constructor(maxQueue: number) {
    super(
      `the client-side rate limit already has ${maxQueue} calls waiting: nothing was sent. Send fewer calls at once, or raise rateLimit.maxQueue or rateLimit.requestsPerSecond.`,
      { provider: STAKE_PROVIDER, retryable: false },
    );
    this.maxQueue = maxQueue;
  }
}
