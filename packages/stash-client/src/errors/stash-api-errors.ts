import {
  ApiError,
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
 * A Stash error response with no more specific class.
 *
 * @example
 * ```ts
 * if (StashApiError.is(error)) console.error(error.grpcStatus, error.status);
 * ```
 */
export class StashApiError extends ApiError implements StashGrpcFields {
  static override readonly kind: string = 'StashApiError';
  static override readonly defaultCode: string = 'stash_api_error';
  readonly grpcCode: number | undefined;
  readonly grpcStatus: string | undefined;
  readonly details: readonly unknown[];

  constructor(message: string, init: StashApiErrorInit) {
    super(message, init);
    this.grpcCode = init.grpcCode;
    this.grpcStatus = init.grpcStatus;
    this.details = init.details ?? [];
  }
}

/**
 * 400: INVALID_ARGUMENT, FAILED_PRECONDITION or OUT_OF_RANGE.
 *
 * @example
 * ```ts
 * if (StashBadRequestError.is(error)) console.error(error.message);
 * ```
 */
export class StashBadRequestError extends BadRequestError implements StashGrpcFields {
  static override readonly kind: string = 'StashBadRequestError';
  static override readonly defaultCode: string = 'INVALID_ARGUMENT';
  readonly grpcCode: number | undefined;
  readonly grpcStatus: string | undefined;
  readonly details: readonly unknown[];

  constructor(message: string, init: StashApiErrorInit) {
    super(message, init);
    this.grpcCode = init.grpcCode;
    this.grpcStatus = init.grpcStatus;
    this.details = init.details ?? [];
  }
}

/**
 * 403 PERMISSION_DENIED, e.g. a studio path for another shop.
 *
 * @example
 * ```ts
 * if (StashPermissionDeniedError.is(error)) console.error('wrong shop?');
 * ```
 */
export class StashPermissionDeniedError extends PermissionDeniedError implements StashGrpcFields {
  static override readonly kind: string = 'StashPermissionDeniedError';
  static override readonly defaultCode: string = 'PERMISSION_DENIED';
  readonly grpcCode: number | undefined;
  readonly grpcStatus: string | undefined;
  readonly details: readonly unknown[];

  constructor(message: string, init: StashApiErrorInit) {
    super(message, init);
    this.grpcCode = init.grpcCode;
    this.grpcStatus = init.grpcStatus;
    this.details = init.details ?? [];
  }
}

/**
 * 404 NOT_FOUND: no such payment, product or route.
 *
 * @example
 * ```ts
 * const payment = await client.getPayment(id).catch((e) => (StashNotFoundError.is(e) ? null : Promise.reject(e)));
 * ```
 */
export class StashNotFoundError extends NotFoundError implements StashGrpcFields {
  static override readonly kind: string = 'StashNotFoundError';
  static override readonly defaultCode: string = 'NOT_FOUND';
  readonly grpcCode: number | undefined;
  readonly grpcStatus: string | undefined;
  readonly details: readonly unknown[];

  constructor(message: string, init: StashApiErrorInit) {
    super(message, init);
    this.grpcCode = init.grpcCode;
    this.grpcStatus = init.grpcStatus;
    this.details = init.details ?? [];
  }
}

/**
 * 409 ALREADY_EXISTS or ABORTED.
 *
 * @example
 * ```ts
 * if (StashConflictError.is(error)) console.error(error.grpcStatus);
 * ```
 */
export class StashConflictError extends ConflictError implements StashGrpcFields {
  static override readonly kind: string = 'StashConflictError';
  static override readonly defaultCode: string = 'ALREADY_EXISTS';
  readonly grpcCode: number | undefined;
  readonly grpcStatus: string | undefined;
  readonly details: readonly unknown[];

  constructor(message: string, init: StashApiErrorInit) {
    super(message, init);
    this.grpcCode = init.grpcCode;
    this.grpcStatus = init.grpcStatus;
    this.details = init.details ?? [];
  }
}

/**
 * 429 RESOURCE_EXHAUSTED. Stash publishes no rate limits (research §4 [A]).
 *
 * @example
 * ```ts
 * if (StashRateLimitError.is(error)) await sleep(error.retryAfterMs ?? 1_000);
 * ```
 */
export class StashRateLimitError extends RateLimitError implements StashGrpcFields {
  static override readonly kind: string = 'StashRateLimitError';
  static override readonly defaultCode: string = 'RESOURCE_EXHAUSTED';
  readonly grpcCode: number | undefined;
  readonly grpcStatus: string | undefined;
  readonly details: readonly unknown[];

  constructor(message: string, init: StashApiErrorInit) {
    super(message, init);
    this.grpcCode = init.grpcCode;
    this.grpcStatus = init.grpcStatus;
    this.details = init.details ?? [];
  }
}

/**
 * 5xx: INTERNAL, UNAVAILABLE, DEADLINE_EXCEEDED, UNIMPLEMENTED, UNKNOWN.
 *
 * @example
 * ```ts
 * if (StashServerError.is(error)) console.error('Stash failed', error.requestId);
 * ```
 */
export class StashServerError extends ServerError implements StashGrpcFields {
  static override readonly kind: string = 'StashServerError';
  static override readonly defaultCode: string = 'INTERNAL';
  readonly grpcCode: number | undefined;
  readonly grpcStatus: string | undefined;
  readonly details: readonly unknown[];

  constructor(message: string, init: StashApiErrorInit) {
    super(message, init);
    this.grpcCode = init.grpcCode;
    this.grpcStatus = init.grpcStatus;
    this.details = init.details ?? [];
  }
}
