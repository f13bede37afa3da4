import { ApiError, type ApiErrorInit } from '@core/auth';

/** One entry of Stake's `errors` array: the GraphQL envelope plus Stake's `errorType`. */
export interface StakeGraphQLErrorEntry {
  readonly message: string;
  /** Stake's machine-readable kind, e.g. `insufficientBalance` (research §2.4). */
  readonly errorType?: string | undefined;
  readonly path?: ReadonlyArray<string | number> | undefined;
  readonly locations?: ReadonlyArray<{ line: number; column: number }> | undefined;
}

/** What a {@link StakeGraphQLError} is built from. */
export interface StakeGraphQLErrorInit extends ApiErrorInit {
  /** The `errors` array as sent, redacted. */
  errors: readonly StakeGraphQLErrorEntry[];
  /** Partial `data` sent next to the errors, redacted; undefined when none. */
  data?: unknown;
  operationName?: string | undefined;
}

/**
 * Stake answered with HTTP 200 and an `errors` array that no more specific class covers
 * (research §2.4). Unlike StakeAPI, which joined the messages into a string and dropped the
 * rest (research §1.4), it keeps every entry, the first `errorType` and `path`, and any
 * partial `data`. Never retried: an unknown error retried forever was Gambler.Bot #81.
 *
 * @example
 * ```ts
 * catch (error) {
 *   if (StakeGraphQLError.is(error)) console.error(error.errorType, error.path, error.data);
 * }
 * ```
 */
export class StakeGraphQLError extends ApiError {
  static override readonly kind: string = 'StakeGraphQLError';
  static override readonly defaultCode: string = 'graphql_error';

  readonly errors: readonly StakeGraphQLErrorEntry[];
  /** The first error's `errorType`, when it has one. */
  readonly errorType: string | undefined;
  /** The first error's `path`, when it has one. */
  readonly path: ReadonlyArray<string | number> | undefined;
  /** Partial data sent with the errors. */
  readonly data: unknown;
  readonly operationName: string | undefined;

  constructor(message: string, init: StakeGraphQLErrorInit) {
    // Final even on HTTP 5xx: Stake answered the operation, and another attempt would get the
    // same errors (or move money twice). README: "unknown errors are not retried".
    super(message, { ...init, retryable: init.retryable ?? false });
    this.errors = init.errors;
    this.errorType = init.errors[0]?.errorType;
    this.path = init.errors[0]?.path;
    this.data = init.data;
    this.operationName = init.operationName;
  }
}
