import type { TransportOptions } from '@core/auth';

/** How long one authenticated check may take, retries included. */
export const CHECK_DEADLINE_MS = 15_000;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * Transport options for a base URL from the environment: `http://` is allowed for loopback
 * only (the local servers of `@acme/testing`); anything else must be https, as the pipeline
 * enforces.
 *
 * @example
 * ```ts
 * transportFor('http://127.0.0.1:4010'); // { baseUrl, allowInsecureHttp: true, … }
 * ```
 */
export function transportFor(baseUrl: string | undefined): Partial<TransportOptions> {
  const options: Partial<TransportOptions> = { deadlineMs: CHECK_DEADLINE_MS, retry: 1 };
  if (baseUrl === undefined) return options;
  return { ...options, baseUrl, ...(isLoopbackHttp(baseUrl) ? { allowInsecureHttp: true } : {}) };
}

function isLoopbackHttp(baseUrl: string): boolean {
  try {
    const url = new URL(baseUrl);
    return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  } catch {
    return false; // the pipeline explains a malformed URL with a ConfigurationError
  }
}
