import type { ScriptedResponse } from '../scripted-response.js';

/**
 * gRPC status names by code, as grpc-gateway writes them (research §4: Stash's HTTP API is
 * grpc-gateway, errors are `google.rpc.Status`).
 *
 * @example
 * ```ts
 * STASH_GRPC_STATUS[16]; // 'UNAUTHENTICATED'
 * ```
 */
export const STASH_GRPC_STATUS: Readonly<Record<number, string>> = {
  0: 'OK',
  1: 'CANCELLED',
  2: 'UNKNOWN',
  3: 'INVALID_ARGUMENT',
  4: 'DEADLINE_EXCEEDED',
  5: 'NOT_FOUND',
  6: 'ALREADY_EXISTS',
  7: 'PERMISSION_DENIED',
  8: 'RESOURCE_EXHAUSTED',
  9: 'FAILED_PRECONDITION',
  10: 'ABORTED',
  11: 'OUT_OF_RANGE',
  12: 'UNIMPLEMENTED',
  13: 'INTERNAL',
  14: 'UNAVAILABLE',
  15: 'DATA_LOSS',
  16: 'UNAUTHENTICATED',
};

// grpc-gateway v2 runtime/errors.go HTTPStatusFromCode (research §4).
const HTTP_STATUS: Readonly<Record<number, number>> = {
  0: 200,
  1: 499,
  2: 500,
  3: 400,
  4: 504,
  5: 404,
  6: 409,
  7: 403,
  8: 429,
  9: 400,
  10: 409,
  11: 400,
  12: 501,
  13: 500,
  14: 503,
  15: 500,
  16: 401,
};

/**
 * The HTTP status grpc-gateway answers for a gRPC code; 500 for an unknown code.
 *
 * @example
 * ```ts
 * httpStatusForGrpcCode(5); // 404
 * ```
 */
export function httpStatusForGrpcCode(code: number): number {
  return HTTP_STATUS[code] ?? 500;
}

/**
 * A scripted grpc-gateway error: the HTTP status for `code` and the body
 * `{ code, message, details }`. Enqueue it to inject a Stash failure.
 *
 * @example
 * ```ts
 * server.loopback.enqueue(stashGrpcError(14, 'upstream unavailable'), stashGrpcError(8, 'slow down', { retryAfter: 1 }));
 * ```
 */
export function stashGrpcError(
  code: number,
  message: string,
  extra: {
    details?: unknown[];
    retryAfter?: number | string;
    headers?: Record<string, string>;
  } = {},
): ScriptedResponse {
  // Status 499 (CANCELLED) is outside what the loopback server sends; 500 keeps it an error.
  const status = Math.min(Math.max(httpStatusForGrpcCode(code), 200), 599);
  return {
    status: status === 499 ? 500 : status,
    json: { code, message, details: extra.details ?? [] },
    ...(extra.retryAfter === undefined ? {} : { retryAfter: extra.retryAfter }),
    ...(extra.headers === undefined ? {} : { headers: extra.headers }),
  };
}
