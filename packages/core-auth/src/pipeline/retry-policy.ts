import { ApiError, RateLimitError } from '../errors/api-error.js';
import { SdkError } from '../errors/sdk-error.js';
import { NetworkError, TimeoutError } from '../errors/transport-errors.js';
import type { HttpMethod } from '../headers/header-builder.js';
import { DEFAULT_MAX_RETRY_AFTER_MS } from './retry-after.js';
import type { RetryBudgetOptions } from './retry-budget.js';

/** @default 2 */
export const DEFAULT_RETRY_LIMIT = 2;
/** @default 500 */
export const DEFAULT_RETRY_BASE_DELAY_MS = 500;
/** @default 8_000 */
export const DEFAULT_RETRY_MAX_DELAY_MS = 8_000;
/** Statuses worth another try: timeouts, throttling and transient server failures. */
export const DEFAULT_RETRY_STATUS_CODES: readonly number[] = [408, 429, 500, 502, 503, 504];
/** Methods that cannot charge twice (RFC 9110 §9.2.2); a POST or PATCH must opt in. */
export const IDEMPOTENT_METHODS: ReadonlySet<HttpMethod> = new Set([
  'GET',
  'HEAD',
  'OPTIONS',
  'PUT',
  'DELETE',
]);

/** How the pipeline retries. Pass a number for just the limit. */
export interface RetryOptions {
  /** Retries after the first attempt. @default 2 */
  limit?: number;
  /** The first backoff ceiling; it doubles each retry. @default 500 */
  baseDelayMs?: number;
  /** The highest backoff ceiling. @default 8_000 */
  maxDelayMs?: number;
  /** `Retry-After` is honoured up to this; longer asks are clamped to it. @default 60_000 */
  maxRetryAfterMs?: number;
  /** @default [408, 429, 500, 502, 503, 504] */
  statusCodes?: readonly number[];
  /** Throttles retries while a server keeps failing. */
  budget?: RetryBudgetOptions;
  /** The random source for jitter, in [0, 1). For tests. @default Math.random */
  random?: () => number;
}

/** {@link RetryOptions} with every default filled in. */
export type RetryPolicy = Required<Omit<RetryOptions, 'budget'>> & { budget: RetryBudgetOptions };

/** Fills in the defaults. Values are checked by the pipeline's option validation. */
export function toRetryPolicy(retry: number | RetryOptions | undefined): RetryPolicy {
  const options = typeof retry === 'number' ? { limit: retry } : (retry ?? {});
  return {
    limit: options.limit ?? DEFAULT_RETRY_LIMIT,
    baseDelayMs: options.baseDelayMs ?? DEFAULT_RETRY_BASE_DELAY_MS,
    maxDelayMs: options.maxDelayMs ?? DEFAULT_RETRY_MAX_DELAY_MS,
    maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS,
    statusCodes: options.statusCodes ?? DEFAULT_RETRY_STATUS_CODES,
    budget: options.budget ?? {},
    random: options.random ?? Math.random,
  };
}

/**
 * Simple rules:
 * - only a call that cannot charge twice is retried (an idempotent method, or a POST the
 *   caller marked idempotent);
 * - only a transient failure is retried: a network error, one attempt's timeout, or a
 *   status on the retry list; an error the adapter marked `retryable: false` is final;
 * - never more than `limit` retries.
 */
export function isRetryable(
  error: unknown,
  retriesSoFar: number,
  idempotent: boolean,
  policy: RetryPolicy,
): boolean {
  if (!idempotent || retriesSoFar >= policy.limit) return false;
  if (SdkError.is(error) && error.retryable === false) return false;
  if (NetworkError.is(error)) return true;
  if (TimeoutError.is(error)) return error.timeoutKind === 'attempt';
  if (RateLimitError.is(error)) return true;
  return ApiError.is(error) && policy.statusCodes.includes(error.status);
}

/**
 * The wait before retry number `retry` (1-based): what the server asked for in
 * `Retry-After` when it said, else full jitter (AWS's "Exponential Backoff and Jitter"): a
 * uniform pick in [0, min(maxDelayMs, baseDelayMs * 2^(retry-1))].
 */
export function retryDelayMs(
  retry: number,
  retryAfterMs: number | undefined,
  policy: RetryPolicy,
): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxRetryAfterMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(policy.random() * ceiling);
}
