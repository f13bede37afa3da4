// User session (access token) errors (research §1.3, §2).
// Each class: the core class of its status, plus its place in Stack's tree (the brand).

import { INVALID_ACCESS_TOKEN } from '../families.js';

import {
  StackAuthenticationError,
  StackBadRequestError,
  StackPermissionDeniedError,
} from '../stack-status-errors.js';

/**
 * 401 `UNPARSABLE_ACCESS_TOKEN`: the access token is not a JWT the server can read or verify; a refresh can cure it.
 *
 * @example
 * ```ts
 * if (UnparsableAccessTokenError.is(error)) console.error(error.message);
 * ```
 */
export class UnparsableAccessTokenError extends StackAuthenticationError {
  static override readonly kind: string = 'UnparsableAccessTokenError';
  static override readonly defaultCode: string = 'UNPARSABLE_ACCESS_TOKEN';
  static override readonly stackFamilies: readonly string[] = INVALID_ACCESS_TOKEN;
  static override readonly expiresCredential: boolean = true;
}

/** The `details` of `ACCESS_TOKEN_EXPIRED`, as sent (snake_case). */
export type AccessTokenExpiredDetails = {
  expired_at_millis?: number | null;
  project_id?: string;
  user_id?: string;
  refresh_token_id?: string;
};

/**
 * 401 `ACCESS_TOKEN_EXPIRED`: the access token expired; a `withUser` client refreshes it and replays the call once.
 *
 * @example
 * ```ts
 * if (AccessTokenExpiredError.is(error)) console.error(error.details);
 * ```
 */
export class AccessTokenExpiredError extends StackAuthenticationError {
  static override readonly kind: string = 'AccessTokenExpiredError';
  static override readonly defaultCode: string = 'ACCESS_TOKEN_EXPIRED';
  static override readonly stackFamilies: readonly string[] = INVALID_ACCESS_TOKEN;
  static override readonly expiresCredential: boolean = true;
  declare readonly details: AccessTokenExpiredDetails | undefined;
}

/** The `details` of `INVALID_PROJECT_FOR_ACCESS_TOKEN`, as sent (snake_case). */
export type InvalidProjectForAccessTokenDetails = {
  expected_project_id: string;
  actual_project_id: string;
};

/**
 * 401 `INVALID_PROJECT_FOR_ACCESS_TOKEN`: the access token belongs to another project.
 *
 * @example
 * ```ts
 * if (InvalidProjectForAccessTokenError.is(error)) console.error(error.details);
 * ```
 */
export class InvalidProjectForAccessTokenError extends StackAuthenticationError {
  static override readonly kind: string = 'InvalidProjectForAccessTokenError';
  static override readonly defaultCode: string = 'INVALID_PROJECT_FOR_ACCESS_TOKEN';
  static override readonly stackFamilies: readonly string[] = INVALID_ACCESS_TOKEN;
  declare readonly details: InvalidProjectForAccessTokenDetails | undefined;
}

/**
 * 401 `ANONYMOUS_AUTHENTICATION_NOT_ALLOWED`: the token is an anonymous user's and the call did not allow anonymous users.
 *
 * @example
 * ```ts
 * if (AnonymousAuthenticationNotAllowedError.is(error)) console.error(error.message);
 * ```
 */
export class AnonymousAuthenticationNotAllowedError extends StackAuthenticationError {
  static override readonly kind: string = 'AnonymousAuthenticationNotAllowedError';
  static override readonly defaultCode: string = 'ANONYMOUS_AUTHENTICATION_NOT_ALLOWED';
}

/** The `details` of `RESTRICTED_USER_NOT_ALLOWED`, as sent (snake_case). */
export type RestrictedUserNotAllowedDetails = { restricted_reason?: { type: string } };

/**
 * 403 `RESTRICTED_USER_NOT_ALLOWED`: the token is a restricted user's (e.g. unverified email) and the call did not allow them.
 *
 * @example
 * ```ts
 * if (RestrictedUserNotAllowedError.is(error)) console.error(error.details);
 * ```
 */
export class RestrictedUserNotAllowedError extends StackPermissionDeniedError {
  static override readonly kind: string = 'RestrictedUserNotAllowedError';
  static override readonly defaultCode: string = 'RESTRICTED_USER_NOT_ALLOWED';
  declare readonly details: RestrictedUserNotAllowedDetails | undefined;
}

/**
 * 401 `USER_AUTHENTICATION_REQUIRED`: the endpoint needs a signed-in user: use `withUser`.
 *
 * @example
 * ```ts
 * if (UserAuthenticationRequiredError.is(error)) console.error(error.message);
 * ```
 */
export class UserAuthenticationRequiredError extends StackAuthenticationError {
  static override readonly kind: string = 'UserAuthenticationRequiredError';
  static override readonly defaultCode: string = 'USER_AUTHENTICATION_REQUIRED';
}

/**
 * 400 `CANNOT_GET_OWN_USER_WITHOUT_USER`: `me` was used without a user access token.
 *
 * @example
 * ```ts
 * if (CannotGetOwnUserWithoutUserError.is(error)) console.error(error.message);
 * ```
 */
export class CannotGetOwnUserWithoutUserError extends StackBadRequestError {
  static override readonly kind: string = 'CannotGetOwnUserWithoutUserError';
  static override readonly defaultCode: string = 'CANNOT_GET_OWN_USER_WITHOUT_USER';
}
