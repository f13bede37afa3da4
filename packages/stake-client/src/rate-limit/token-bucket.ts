import { AbortError, ConfigurationError } from '@core/auth';
import { DEFAULT_REQUESTS_PER_SECOND, STAKE_PROVIDER } from '../config/defaults.js';

/** Options of the client-side rate limit. */
export interface RateLimitOptions {
  /** Requests per second, on average. @default 10 */
  requestsPerSecond?: number;
  /** Requests that may go at once after a quiet spell. @default requestsPerSecond */
  burst?: number;
}

/**
 * A token bucket: StakeAPI stored `rate_limit` and never read it (research §1.4).
 *
 * Simple rules: the bucket holds up to `burst` tokens and refills at `requestsPerSecond`;
 * each request takes one; a request that finds none reserves the next one (the count goes
 * below zero) and waits until it exists; a request aborted while waiting gives its token
 * back. Waiters leave in arrival order.
 */
export class TokenBucket {
  readonly #ratePerMs: number;
  readonly #burst: number;
  readonly #now: () => number;
  #tokens: number;
  #updatedAt: number;

  constructor(
    options: RateLimitOptions = {},
    now: () => number = performance.now.bind(performance),
  ) {
    const rate = options.requestsPerSecond ?? DEFAULT_REQUESTS_PER_SECOND;
    const burst = options.burst ?? Math.max(1, Math.floor(rate));
    if (!(Number.isFinite(rate) && rate > 0)) invalid('rateLimit.requestsPerSecond', rate);
    if (!(Number.isInteger(burst) && burst >= 1)) invalid('rateLimit.burst', burst);
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

  /** Waits for a token; rejects with an AbortError when `signal` aborts first. */
  async acquire(signal: AbortSignal): Promise<void> {
    if (signal.aborted) throw aborted();
    const waitMs = this.reserve();
    if (waitMs === 0) return;
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

function invalid(option: string, value: number): never {
  throw new ConfigurationError(
    `${option} must be a positive number, got ${value}: e.g. { requestsPerSecond: 10 }.`,
    {
      option,
      provider: STAKE_PROVIDER,
    },
  );
}
