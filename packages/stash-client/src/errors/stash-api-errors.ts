import {
  ApiError,
  type ApiErrorClass,
  type ApiErrorInit,
  BadRequestError,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
} from '@core/auth';

/**
 * What every Stash API error adds: the gRPC status from the grpc-gateway body, when the
 * body was one (a proxy's HTML page is not).
 */
export interface StashGrpcFields {
  /** The gRPC code, e.g. 16; undefined when the body was not a gRPC status. */
  readonly grpcCode: number | undefined;
  /** Its name, e.g. `UNAUTHENTICATED`. */
  readonly grpcStatus: string | undefined;
  /** `details[]` of the status (`{ "@type": … }` entries), redacted. */
  readonly details: readonly unknown[];
}

/** Init of a Stash API error. */
export type StashApiErrorInit = ApiErrorInit &
  Partial<StashGrpcFields> & { retryAfterMs?: number | undefined };

/**
 * Adds the gRPC status fields to one of the core error classes, so each Stash error keeps
 * its core parent (`NotFoundError.is(e)` holds) and the fields are written once.
 */
export function withGrpcFields<B extends ApiErrorClass>(Base: B) {
  class StashGrpcError extends Base implements StashGrpcFields {
    readonly grpcCode: number | undefined;
    readonly grpcStatus: string | undefined;
    readonly details: readonly unknown[];

    // biome-ignore lint/suspicious/noExplicitAny: a mixin constructor takes any[] (TS2545).
    constructor(...args: any[]) {
      super(...args);
      const init = (args[1] ?? {}) as StashApiErrorInit;
      this.grpcCode = init.grpcCode;
      this.grpcStatus = init.grpcStatus;
      this.details = init.details ?? [];
    }
  }
  return StashGrpcError;
}

/**
 * A Stash error response with no more specific class.
 *
 * @example
 * ```ts
 * if (StashApiError.is(error)) console.error(error.grpcStatus, error.status);
 * ```
 */
export class StashApiError extends withGrpcFields(ApiError) {
  static override readonly kind: string = 'StashApiError';
  static override readonly defaultCode: string = 'stash_api_error';
}

/**
 * 400: INVALID_ARGUMENT, FAILED_PRECONDITION or OUT_OF_RANGE.
 *
 * @example
 * ```ts
 * if (StashBadRequestError.is(error)) console.error(error.message);
 * ```
 */
export class StashBadRequestError extends withGrpcFields(BadRequestError) {
  static override readonly kind: string = 'StashBadRequestError';
  static override readonly defaultCode: string = 'INVALID_ARGUMENT';
}

/**
 * 403 PERMISSION_DENIED, e.g. a studio path for another shop.
 *
 * @example
 * ```ts
 * if (StashPermissionDeniedError.is(error)) console.error('wrong shop?');
 * ```
 */
export class StashPermissionDeniedError extends withGrpcFields(PermissionDeniedError) {
  static override readonly kind: string = 'StashPermissionDeniedError';
  static override readonly defaultCode: string = 'PERMISSION_DENIED';
}

/**
 * 404 NOT_FOUND: no such payment, product or route.
 *
 * @example
 * ```ts
 * const payment = await client.getPayment(id).catch((e) => (StashNotFoundError.is(e) ? null : Promise.reject(e)));
 * ```
 */
export class StashNotFoundError extends withGrpcFields(NotFoundError) {
  static override readonly kind: string = 'StashNotFoundError';
  static override readonly defaultCode: string = 'NOT_FOUND';
}

/**
 * 409 ALREADY_EXISTS or ABORTED.
 *
 * @example
 * ```ts
 * if (StashConflictError.is(error)) console.error(error.grpcStatus);
 * ```
 */
export class StashConflictError extends withGrpcFields(ConflictError) {
  static override readonly kind: string = 'StashConflictError';
  static override readonly defaultCode: string = 'ALREADY_EXISTS';
}

/**
 * 429 RESOURCE_EXHAUSTED. Stash publishes no rate limits (research §4 [A]).
 *
 * @example
 * ```ts
 * if (StashRateLimitError.is(error)) await sleep(error.retryAfterMs ?? 1_000);
 * ```
 */
export class StashRateLimitError extends withGrpcFields(RateLimitError) {
  static override readonly kind: string = 'StashRateLimitError';
  static override readonly defaultCode: string = 'RESOURCE_EXHAUSTED';
}

/**
 * 5xx: INTERNAL, UNAVAILABLE, DEADLINE_EXCEEDED, UNIMPLEMENTED, UNKNOWN.
 *
 * @example
 * ```ts
 * if (StashServerError.is(error)) console.error('Stash failed', error.requestId);
 * ```
 */
export class StashServerError extends withGrpcFields(ServerError) {
  static override readonly kind: string = 'StashServerError';
  static override readonly defaultCode: string = 'INTERNAL';
}
