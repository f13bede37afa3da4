import type { TransportOptions } from '@core/auth';

/** The transport options a client was given, without undefined keys, for its pipeline. */
export function transportOptions(
  options: Omit<TransportOptions, 'baseUrl'>,
): Omit<TransportOptions, 'baseUrl'> {
  const out: Omit<TransportOptions, 'baseUrl'> = {};
  if (options.allowInsecureHttp !== undefined) out.allowInsecureHttp = options.allowInsecureHttp;
  if (options.timeoutMs !== undefined) out.timeoutMs = options.timeoutMs;
  if (options.deadlineMs !== undefined) out.deadlineMs = options.deadlineMs;
  if (options.retry !== undefined) out.retry = options.retry;
  if (options.hooks !== undefined) out.hooks = options.hooks;
  if (options.fetch !== undefined) out.fetch = options.fetch;
  return out;
}
