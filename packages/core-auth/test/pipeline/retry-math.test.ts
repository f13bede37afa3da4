import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_RETRY_AFTER_MS,
  NetworkError,
  parseRetryAfter,
  ServerError,
  TimeoutError,
} from '../../src/index.js';
import { RetryBudget } from '../../src/pipeline/retry-budget.js';
import { isRetryable, retryDelayMs, toRetryPolicy } from '../../src/pipeline/retry-policy.js';

const NOW = Date.parse('2026-11-23T12:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('0', NOW)).toBe(0);
    expect(parseRetryAfter('2', NOW)).toBe(2_000);
    expect(parseRetryAfter('1.5', NOW)).toBe(1_500);
    expect(parseRetryAfter('Mon, 23 Nov 2026 12:00:05 GMT', NOW)).toBe(5_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 11:00:00 GMT', NOW)).toBe(0);
    expect(parseRetryAfter('99999', NOW, 10_000)).toBe(10_000);
  });

  it('gives undefined for absent or unreadable values', () => {
    for (const v of [null, undefined, '', '  ', 'soon', '-5', '1e3', 'NaN'])
      expect(parseRetryAfter(v, NOW)).toBeUndefined();
  });

  // Was a TypeError on `.trim()`: a header map from JavaScript can hold anything.
  it('gives undefined for a value that is not a string', () => {
    for (const v of [0, 5, {}, [], Symbol('x'), Object.create(null)])
      expect(parseRetryAfter(v as never, NOW)).toBeUndefined();
  });

  it('is never negative, never NaN and never above the cap (property)', () => {
    const valueArb = fc.oneof(
      fc.string(),
      fc.integer({ min: -1e9, max: 1e12 }).map(String),
      fc.double().map(String),
      fc
        .date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true })
        .map((d) => d.toUTCString()),
      fc.constantFrom('Infinity', '1'.repeat(400), '9'.repeat(30)),
    );
    fc.assert(
      fc.property(valueArb, fc.integer({ min: 0, max: 3_600_000 }), (value, cap) => {
        const ms = parseRetryAfter(value, NOW, cap);
        if (ms === undefined) return;
        expect(Number.isNaN(ms)).toBe(false);
        expect(ms).toBeGreaterThanOrEqual(0);
        expect(ms).toBeLessThanOrEqual(cap);
      }),
      { numRuns: 5_000 },
    );
  });

  it('defaults the cap to a minute', () => {
    expect(parseRetryAfter('3600', NOW)).toBe(DEFAULT_MAX_RETRY_AFTER_MS);
  });
});

describe('backoff with full jitter', () => {
  it('picks uniformly below a doubling ceiling, capped', () => {
    const top = toRetryPolicy({ baseDelayMs: 100, maxDelayMs: 1_000, random: () => 0.999_999 });
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, undefined, top))).toEqual([
      99, 199, 399, 799, 999,
    ]);
    const bottom = toRetryPolicy({ random: () => 0 });
    expect(retryDelayMs(3, undefined, bottom)).toBe(0);
  });

  it('prefers Retry-After, clamped to maxRetryAfterMs', () => {
    const policy = toRetryPolicy({ maxRetryAfterMs: 5_000 });
    expect(retryDelayMs(1, 2_000, policy)).toBe(2_000);
    expect(retryDelayMs(1, 9_000, policy)).toBe(5_000);
  });
});

describe('what is retried', () => {
  const policy = toRetryPolicy(2);
  const init = { status: 503, request: { method: 'GET', url: 'x' as never } };
  it('retries transient failures of idempotent calls only', () => {
    expect(isRetryable(new ServerError('x', init), 0, true, policy)).toBe(true);
    expect(isRetryable(new ServerError('x', init), 0, false, policy)).toBe(false);
    expect(isRetryable(new ServerError('x', init), 2, true, policy)).toBe(false);
    expect(isRetryable(new NetworkError('x', {}), 0, true, policy)).toBe(true);
    expect(
      isRetryable(new TimeoutError('x', { timeoutKind: 'attempt', timeoutMs: 1 }), 0, true, policy),
    ).toBe(true);
    expect(
      isRetryable(
        new TimeoutError('x', { timeoutKind: 'deadline', timeoutMs: 1 }),
        0,
        true,
        policy,
      ),
    ).toBe(false);
    expect(isRetryable(new Error('bug'), 0, true, policy)).toBe(false);
  });
});

describe('retry budget', () => {
  it('allows retries while more than half the tokens remain, and refills on success', () => {
    const budget = new RetryBudget({ maxTokens: 4, refillPerSuccess: 0.5 });
    expect(budget.spend()).toBe(true); // 3 > 2
    expect(budget.spend()).toBe(false); // 2
    budget.earn();
    budget.earn(); // 3
    expect(budget.spend()).toBe(false); // 2
    expect(budget.tokens).toBe(2);
  });
});
