import { describeValue } from '../errors/describe-value.js';
import type { RetryPolicy } from './retry-policy.js';

// setTimeout fires at once for anything longer than a signed 32-bit count of milliseconds.
const MAX_TIMER_MS = 2_147_483_647;

/** A positive whole number of milliseconds that a timer can hold, or undefined. */
export function checkMs(
  value: unknown,
  option: string,
  fail: (option: string, why: string) => never,
): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0 || value > MAX_TIMER_MS) {
    return fail(
      option,
      `must be a whole number of milliseconds between 1 and ${MAX_TIMER_MS}: got ${describeValue(value)}. For 30 seconds pass 30_000.`,
    );
  }
  return value;
}

/** Checks the retry option and the policy built from it. */
export function checkRetry(
  raw: unknown,
  policy: RetryPolicy,
  fail: (option: string, why: string) => never,
): void {
  if (raw !== undefined && typeof raw !== 'number' && (typeof raw !== 'object' || raw === null)) {
    fail('retry', 'must be a number (the retry limit) or an object such as { limit: 2 }.');
  }
  if (!Number.isInteger(policy.limit) || policy.limit < 0 || policy.limit > 10) {
    fail('retry.limit', `must be a whole number from 0 to 10: got ${describeValue(policy.limit)}.`);
  }
  for (const key of ['baseDelayMs', 'maxDelayMs', 'maxRetryAfterMs'] as const) {
    const value = policy[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_TIMER_MS) {
      fail(
        `retry.${key}`,
        `must be a number of milliseconds from 0 to ${MAX_TIMER_MS}: got ${describeValue(value)}.`,
      );
    }
  }
  if (
    !Array.isArray(policy.statusCodes) ||
    policy.statusCodes.some((s) => !Number.isInteger(s) || s < 400 || s > 599)
  ) {
    fail('retry.statusCodes', 'must be a list of HTTP error statuses (400-599).');
  }
  const { maxTokens, refillPerSuccess } = policy.budget;
  if (maxTokens !== undefined && (!Number.isFinite(maxTokens) || maxTokens < 0)) {
    fail('retry.budget.maxTokens', 'must be a number of at least 0.');
  }
  if (
    refillPerSuccess !== undefined &&
    (!Number.isFinite(refillPerSuccess) || refillPerSuccess < 0)
  ) {
    fail('retry.budget.refillPerSuccess', 'must be a number of at least 0.');
  }
  if (typeof policy.random !== 'function')
    fail('retry.random', 'must be a function returning [0, 1).');
}
