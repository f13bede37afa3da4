import type { TokenBucket } from './token-bucket.js';

/**
 * Wraps the pipeline's `fetch` so every attempt, retries included, takes a token first:
 * a retried query is spaced like any other request (a limiter per call let retries burst
 * past it, research §5). The wait listens to the attempt's signal, so the call's deadline,
 * its caller's abort and close() end it, and the pipeline reports them with its usual
 * TimeoutError or AbortError; the wait counts toward the attempt's `timeoutMs`.
 *
 * @example
 * ```ts
 * createPipeline({ ..., fetch: rateLimitedFetch(new TokenBucket(), globalThis.fetch) });
 * ```
 */
export function rateLimitedFetch(
  bucket: TokenBucket,
  inner: typeof globalThis.fetch | undefined,
): typeof globalThis.fetch {
  return async (input, init) => {
    // ky calls fetch(request, options): the attempt's signal rides on the Request.
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    await bucket.acquire(signal ?? new AbortController().signal);
    return (inner ?? globalThis.fetch)(input, init);
  };
}
