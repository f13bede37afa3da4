/** The longest wait a `Retry-After` header can ask for before the pipeline stops honouring it. */
export const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;

const DAY_NAME = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s/;

/**
 * Reads a `Retry-After` value, in delta-seconds or as an HTTP date, as milliseconds from
 * `now`. Never negative, never NaN, never above `capMs`; undefined when absent or unreadable.
 *
 * @example
 * ```ts
 * parseRetryAfter('2');                              // 2000
 * parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT');  // ms until then, 0 if past
 * ```
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
  capMs: number = DEFAULT_MAX_RETRY_AFTER_MS,
): number | undefined {
  // Not only null and undefined: a header map from a JavaScript caller can hold anything.
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(trimmed)) {
    ms = Number(trimmed) * 1000;
  } else {
    // RFC 9110's three date forms all start with a day name; Date.parse alone would also
    // read "-5" as a year.
    if (!DAY_NAME.test(trimmed)) return undefined;
    const at = Date.parse(trimmed);
    if (Number.isNaN(at)) return undefined;
    ms = at - now;
  }
  if (!Number.isFinite(ms)) return capMs;
  return Math.min(Math.max(0, Math.ceil(ms)), capMs);
}
