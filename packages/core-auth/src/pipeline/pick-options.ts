import type { TransportOptions } from './pipeline-options.js';

/**
 * What every adapter method takes per call.
 *
 * @example
 * ```ts
 * await client.getUser('u1', { signal: AbortSignal.timeout(5_000), deadlineMs: 10_000 });
 * ```
 */
export interface CallOptions {
  /** Gives up on the call. */
  signal?: AbortSignal;
  /** Bounds each attempt. @default the client's timeoutMs */
  timeoutMs?: number;
  /** Bounds the whole call, retries and waits included. @default the client's deadlineMs */
  deadlineMs?: number;
}

/**
 * The transport options an adapter was given, without undefined keys (which
 * `exactOptionalPropertyTypes` would refuse), ready to hand to `createPipeline`.
 *
 * @example
 * ```ts
 * createPipeline({ baseUrl, provider: '@acme/x', ...transportOptionsOf(options) });
 * ```
 */
export function transportOptionsOf(
  options: Omit<TransportOptions, 'baseUrl'>,
): Omit<TransportOptions, 'baseUrl'> {
  const out: Omit<TransportOptions, 'baseUrl'> = {};
  if (options.allowInsecureHttp !== undefined) out.allowInsecureHttp = options.allowInsecureHttp;
  if (options.timeoutMs !== undefined) out.timeoutMs = options.timeoutMs;
  if (options.deadlineMs !== undefined) out.deadlineMs = options.deadlineMs;
  if (options.retry !== undefined) out.retry = options.retry;
  if (options.hooks !== undefined) out.hooks = options.hooks;
  if (options.fetch !== undefined) out.fetch = options.fetch;
  if (options.transport !== undefined) out.transport = options.transport;
  if (options.maxResponseBytes !== undefined) out.maxResponseBytes = options.maxResponseBytes;
  return out;
}

/**
 * A call's options without undefined keys, ready to spread into `pipeline.request`.
 *
 * @example
 * ```ts
 * pipeline.request({ method: 'GET', path: '/users', ...callOptionsOf(options) });
 * ```
 */
export function callOptionsOf(options: CallOptions | undefined): CallOptions {
  const out: CallOptions = {};
  if (options?.signal !== undefined) out.signal = options.signal;
  if (options?.timeoutMs !== undefined) out.timeoutMs = options.timeoutMs;
  if (options?.deadlineMs !== undefined) out.deadlineMs = options.deadlineMs;
  return out;
}
