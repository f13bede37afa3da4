import { AuthenticationError, NotFoundError, RateLimitError } from '@core/auth';
import type { StakeGraphQLErrorEntry, StakeGraphQLErrorInit } from './stake-graphql-error.js';

/** The GraphQL details every error built from Stake's `errors` array carries. */
export interface StakeGraphQLDetails {
  readonly errors: readonly StakeGraphQLErrorEntry[];
  /** The first error's `errorType`, when it has one. */
  readonly errorType: string | undefined;
  /** The first error's `path`, when it has one. */
  readonly path: ReadonlyArray<string | number> | undefined;
  /** Partial data sent with the errors, exact decimals kept. */
  readonly data: unknown;
  readonly operationName: string | undefined;
}

/** The details of an init, as the error classes expose them. */
export function graphQLDetails(init: StakeGraphQLErrorInit): StakeGraphQLDetails {
  return {
    errors: init.errors,
    errorType: init.errors[0]?.errorType,
    path: init.errors[0]?.path,
    data: init.data,
    operationName: init.operationName,
  };
}

/**
 * Stake refused the token inside a GraphQL answer (`unauthenticated`/`unauthorized` at the
 * root, or a null `data.user`, research §2.4). `AuthenticationError.is(error)` is true; it
 * also carries the GraphQL details.
 *
 * @example
 * ```ts
 * if (StakeAuthenticationError.is(error)) console.error(error.errorType, error.operationName);
 * ```
 */
export class StakeAuthenticationError extends AuthenticationError implements StakeGraphQLDetails {
  static override readonly kind: string = 'StakeAuthenticationError';
  static override readonly defaultCode: string = 'authentication_failed';
  declare readonly errors: readonly StakeGraphQLErrorEntry[];
  declare readonly errorType: string | undefined;
  declare readonly path: ReadonlyArray<string | number> | undefined;
  declare readonly data: unknown;
  declare readonly operationName: string | undefined;

  constructor(message: string, init: StakeGraphQLErrorInit & { credentialExpired?: boolean }) {
    super(message, init);
    Object.assign(this, graphQLDetails(init));
  }
}

/**
 * Stake throttled the account inside a GraphQL answer (`parallelCasinoBet`, "Please slow
 * down", research §2.4). `RateLimitError.is(error)` is true; it also carries the GraphQL
 * details.
 *
 * @example
 * ```ts
 * if (StakeRateLimitError.is(error)) console.error(error.errorType, error.path);
 * ```
 */
export class StakeRateLimitError extends RateLimitError implements StakeGraphQLDetails {
  static override readonly kind: string = 'StakeRateLimitError';
  static override readonly defaultCode: string = 'rate_limited';
  declare readonly errors: readonly StakeGraphQLErrorEntry[];
  declare readonly errorType: string | undefined;
  declare readonly path: ReadonlyArray<string | number> | undefined;
  declare readonly data: unknown;
  declare readonly operationName: string | undefined;

  constructor(
    message: string,
    init: StakeGraphQLErrorInit & { retryAfterMs?: number | undefined },
  ) {
    super(message, init);
    Object.assign(this, graphQLDetails(init));
  }
}

/**
 * Stake's `notFound` errorType (research §2.4). `NotFoundError.is(error)` is true; it also
 * carries the GraphQL details.
 *
 * @example
 * ```ts
 * if (StakeNotFoundError.is(error)) console.error(error.path);
 * ```
 */
export class StakeNotFoundError extends NotFoundError implements StakeGraphQLDetails {
  static override readonly kind: string = 'StakeNotFoundError';
  static override readonly defaultCode: string = 'not_found';
  declare readonly errors: readonly StakeGraphQLErrorEntry[];
  declare readonly errorType: string | undefined;
  declare readonly path: ReadonlyArray<string | number> | undefined;
  declare readonly data: unknown;
  declare readonly operationName: string | undefined;

  constructor(message: string, init: StakeGraphQLErrorInit) {
    super(message, init);
    Object.assign(this, graphQLDetails(init));
  }
}
