import type { Pipeline } from '@core/auth';

/**
 * Per-call options every method takes last.
 *
 * @example
 * ```ts
 * await server.getUser(id, { signal: AbortSignal.timeout(2_000) });
 * ```
 */
export interface CallOptions {
  /** Gives up on the call. */
  signal?: AbortSignal;
  /** Bounds each attempt. @default the client's timeoutMs */
  timeoutMs?: number;
  /** Bounds the whole call, retries included. @default the client's deadlineMs */
  deadlineMs?: number;
}

/** The one request function resources use: the client's pipeline. */
export type Requester = Pipeline['request'];

/** The defined call options, spread into a pipeline request. */
export function callOptions(options: CallOptions | undefined): CallOptions {
  const out: CallOptions = {};
  if (options?.signal !== undefined) out.signal = options.signal;
  if (options?.timeoutMs !== undefined) out.timeoutMs = options.timeoutMs;
  if (options?.deadlineMs !== undefined) out.deadlineMs = options.deadlineMs;
  return out;
}

/** A path segment: ids are encoded so `../` can never reach another route. */
export const seg = (value: string): string => encodeURIComponent(value);

/**
 * Resolves to null when the call fails with one of `notFound` (research §2: the official SDK's
 * getters return null on `USER_NOT_FOUND`, `TEAM_NOT_FOUND`, `CANNOT_GET_OWN_USER_WITHOUT_USER`).
 */
export async function orNull<T>(
  call: Promise<T>,
  ...notFound: ReadonlyArray<{ is(value: unknown): boolean }>
): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (notFound.some((c) => c.is(error))) return null;
    throw error;
  }
}
