import { AbortError, ConfigurationError, describeValue } from '@core/auth';
import {
  DEFAULT_RATE_LIMIT_MAX_QUEUE,
  DEFAULT_REQUESTS_PER_SECOND,
  STAKE_PROVIDER,
} from '../config/defaults.js';
import { RateLimitQueueFullError } from './rate-limit-queue-full-error.js';

/** Options of the client-side rate limit. */
export interface RateLimitOptions {
  /** Requests per second, on average. @default 10 */
  requestsPerSecond?: number;
  /** Requests that may go at once after a quiet spell. @default requestsPerSecond */
  burst?: number;
  /**
   * Calls that may wait for a token at once; one more is refused at once with a
   * `RateLimitQueueFullError` (nothing sent) instead of queueing without end.
   * @default DEFAULT_RATE_LIMIT_MAX_QUEUE (100)
   */
  maxQueue?: number;
}

/**
 * A token bucket: StakeAPI stored `rate_limit` and never read it (research §1.4).
 *
 * Simple rules: the bucket holds up to `burst` tokens and refills at `requestsPerSecond`;
 * each request takes one; a request that finds none reserves the next one (the count goes
 * below zero) and waits until it exists; a request aborted while waiting gives its token
 * back. Waiters leave in arrival order. At most `maxQueue` calls wait at once.
 */
export class TokenBucket {
  readonly #ratePerMs: number;
  readonly #burst: number;
  readonly #now: () => number;
  readonly #maxQueue: number;
  #waiting = 0;
  #tokens: number;
  #updatedAt: number;

  constructor(
    options: RateLimitOptions = {},
    now: () => number = performance.now.bind(performance),
  ) {
    // `rateLimit: null` from parsed config means the defaults, like undefined.
    const given = options ?? {};
    const rate = given.requestsPerSecond ?? DEFAULT_REQUESTS_PER_SECOND;
    // Checked before Math.floor reads it: that throws a TypeError for a Symbol or a BigInt.
    if (!(Number.isFinite(rate) && rate > 0)) invalid('rateLimit.requestsPerSecond', rate);
    const burst = given.burst ?? Math.max(1, Math.floor(rate));
    if (!(Number.isInteger(burst) && burst >= 1)) invalid('rateLimit.burst', burst);
    const maxQueue = given.maxQueue ?? DEFAULT_RATE_LIMIT_MAX_QUEUE;
    if (!(Number.isInteger(maxQueue) && maxQueue >= 0)) invalid('rateLimit.maxQueue', maxQueue);
    this.#maxQueue = maxQueue;
    this.#ratePerMs = rate / 1_000;
    this.#burst = burst;
    this.#now = now;
    this.#tokens = burst;
    this.#updatedAt = now();
  }

  /** Takes a token now and returns how long to wait before using it, in ms. */
  reserve(): number {
    const now = this.#now();
    this.#tokens = Math.min(this.#burst, this.#tokens + (now - this.#updatedAt) * this.#ratePerMs);
    this.#updatedAt = now;
    this.#tokens -= 1;
    return this.#tokens >= 0 ? 0 : -this.#tokens / this.#ratePerMs;
  }

  /** Gives back a token whose request never left. */
  refund(): void {
    this.#tokens = Math.min(this.#burst, this.#tokens + 1);
  }

  /** Calls waiting for a token now. */
  get waiting(): number {
    return this.#waiting;
  }

  /** Throws a RateLimitQueueFullError when `maxQueue` calls already wait. */
  assertRoom(): void {
    if (this.#waiting >= this.#maxQueue) throw new RateLimitQueueFullError(this.#maxQueue);
  }

  /**
   * Waits for a token; rejects with an AbortError when `signal` aborts first, giving the
   * token back. Pass each attempt's signal, so a call's deadline and abort stop the wait.
   */
  async acquire(signal: AbortSignal): Promise<void> {
    if (signal.aborted) throw aborted();
    const waitMs = this.reserve();
    if (waitMs === 0) return;
    this.#waiting++;
    try {
      await new Promise<void>((resolve, reject) => {
        const onAbort = (): void => {
          clearTimeout(timer);
          this.refund();
          reject(aborted());
        };
        const timer = setTimeout(() => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        }, Math.ceil(waitMs));
        signal.addEventListener('abort', onAbort, { once: true });
      });
    } finally {
      this.#waiting--;
    }
  }
}

function aborted(): AbortError {
  return new AbortError(
    'the call was aborted while waiting for the client-side rate limit: nothing was sent.',
    {
      provider: STAKE_PROVIDER,
    },
  );
}

function invalid(option: string, value: unknown): never {
  throw new ConfigurationError(
    `${option} must be a positive number, got ${describeValue(value)}: e.g. { requestsPerSecond: 10 }.`,
    {
      option,
      provider: STAKE_PROVIDER,
    },
  );
}
