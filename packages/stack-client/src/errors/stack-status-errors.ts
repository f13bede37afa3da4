import {
  type ApiError,
  type ApiErrorClass,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  ServerError,
} from '@core/auth';
import {
  initStack,
  type StackClassInfo,
  StackKnownError,
  type StackKnownErrorInit,
} from './stack-known-error.js';

/**
 * What every Stack status base adds to its core class: Stack's `details`, the server's own
 * message, and the Stack family brand read by the `is()` guards. Written once for all of them.
 */
function withStackFields<B extends ApiErrorClass>(Base: B) {
  class StackStatusError extends Base {
    static readonly stackFamilies: readonly string[] = [];
    declare readonly code: string;
    readonly details: unknown;
    readonly serverMessage: string | undefined;

    // biome-ignore lint/suspicious/noExplicitAny: a mixin constructor takes any[] (TS2545).
    constructor(...args: any[]) {
      super(...args);
      initStack(this, args[1] as StackKnownErrorInit, new.target);
    }
  }
  return StackStatusError;
}

// One thin base per status: each concrete Stack error extends the one of its status, so it
// is also the core class of that status (see stack-known-error.ts for the design).

/**
 * A Stack known error with HTTP 400: the base of every 400 code, and what an unknown 400
 * code becomes. Also a core `BadRequestError`.
 *
 * @example
 * ```ts
 * if (StackBadRequestError.is(error)) console.error(error.code);
 * ```
 */
export class StackBadRequestError extends withStackFields(BadRequestError) {
  static override readonly kind: string = 'StackBadRequestError';
  static override readonly defaultCode: string = 'STACK_BAD_REQUEST';
}

/**
 * A Stack known error with HTTP 401; a core `AuthenticationError`. `credentialExpired` is
 * true only for codes a refresh can cure (`ACCESS_TOKEN_EXPIRED`, `UNPARSABLE_ACCESS_TOKEN`).
 *
 * @example
 * ```ts
 * if (StackAuthenticationError.is(error)) console.error(error.code, error.credentialExpired);
 * ```
 */
export class StackAuthenticationError extends AuthenticationError {
  static override readonly kind: string = 'StackAuthenticationError';
  static override readonly defaultCode: string = 'STACK_AUTHENTICATION_ERROR';
  static readonly stackFamilies: readonly string[] = [];
  /** True on a class whose code means "refresh the access token and replay". */
  static readonly expiresCredential: boolean = false;
  declare readonly code: string;
  readonly details: unknown;
  readonly serverMessage: string | undefined;
  constructor(message: string, init: StackKnownErrorInit) {
    const ctor = new.target as unknown as StackClassInfo;
    super(message, { ...init, credentialExpired: ctor.expiresCredential === true });
    initStack(this, init, ctor);
  }
}

/**
 * A Stack known error with HTTP 403; a core `PermissionDeniedError`.
 *
 * @example
 * ```ts
 * if (StackPermissionDeniedError.is(error)) console.error(error.code);
 * ```
 */
export class StackPermissionDeniedError extends withStackFields(PermissionDeniedError) {
  static override readonly kind: string = 'StackPermissionDeniedError';
  static override readonly defaultCode: string = 'STACK_PERMISSION_DENIED';
}

/**
 * A Stack known error with HTTP 404; a core `NotFoundError`.
 *
 * @example
 * ```ts
 * if (StackNotFoundError.is(error)) return null;
 * ```
 */
export class StackNotFoundError extends withStackFields(NotFoundError) {
  static override readonly kind: string = 'StackNotFoundError';
  static override readonly defaultCode: string = 'STACK_NOT_FOUND';
}

/**
 * A Stack known error with HTTP 409; a core `ConflictError`.
 *
 * @example
 * ```ts
 * if (StackConflictError.is(error)) console.error(error.code);
 * ```
 */
export class StackConflictError extends withStackFields(ConflictError) {
  static override readonly kind: string = 'StackConflictError';
  static override readonly defaultCode: string = 'STACK_CONFLICT';
}

/**
 * A Stack known error with a 5xx status; a core `ServerError`.
 *
 * @example
 * ```ts
 * if (StackServerError.is(error)) console.error(error.code, error.requestId);
 * ```
 */
export class StackServerError extends withStackFields(ServerError) {
  static override readonly kind: string = 'StackServerError';
  static override readonly defaultCode: string = 'STACK_SERVER_ERROR';
}

/** The class a known error of `status` gets when its code is not one this version knows. */
export function genericKnownErrorClass(
  status: number,
): new (
  message: string,
  init: StackKnownErrorInit,
) => ApiError {
  if (status === 400 || status === 422) return StackBadRequestError;
  if (status === 401) return StackAuthenticationError;
  if (status === 403) return StackPermissionDeniedError;
  if (status === 404) return StackNotFoundError;
  if (status === 409) return StackConflictError;
  if (status >= 500) return StackServerError;
  return StackKnownError;
}
