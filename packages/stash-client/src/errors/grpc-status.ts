/**
 * gRPC status names by code. Stash answers errors as grpc-gateway's `google.rpc.Status`,
 * where `code` is a gRPC code, not the HTTP status (research §0.3, §4).
 *
 * @example
 * ```ts
 * GRPC_STATUS_NAMES[16]; // 'UNAUTHENTICATED'
 * ```
 */
export const GRPC_STATUS_NAMES: readonly string[] = [
  'OK',
  'CANCELLED',
  'UNKNOWN',
  'INVALID_ARGUMENT',
  'DEADLINE_EXCEEDED',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'PERMISSION_DENIED',
  'RESOURCE_EXHAUSTED',
  'FAILED_PRECONDITION',
  'ABORTED',
  'OUT_OF_RANGE',
  'UNIMPLEMENTED',
  'INTERNAL',
  'UNAVAILABLE',
  'DATA_LOSS',
  'UNAUTHENTICATED',
];

/** A grpc-gateway error body: `{ code, message, details }`. */
export interface StashRpcStatus {
  readonly code: number;
  /** The gRPC status name, e.g. `NOT_FOUND`; `CODE_{n}` for a code outside the list. */
  readonly name: string;
  readonly message: string;
  readonly details: readonly unknown[];
}

/** Reads an (already redacted) body as an rpc status, or undefined when it is not one. */
export function parseRpcStatus(body: unknown): StashRpcStatus | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { code, message, details } = body as Record<string, unknown>;
  if (typeof code !== 'number' || !Number.isInteger(code)) return undefined;
  return {
    code,
    name: GRPC_STATUS_NAMES[code] ?? `CODE_${code}`,
    message: typeof message === 'string' ? message : '',
    details: Array.isArray(details) ? details : [],
  };
}
