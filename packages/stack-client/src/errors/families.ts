import { StackKnownError } from './stack-known-error.js';

// Stack's abstract parents (research §2), never sent on the wire. Each list is a family
// and its ancestors, nearest first; a concrete error names its family's list.
export const PROJECT_AUTHENTICATION = ['ProjectAuthenticationError'] as const;
export const INVALID_PROJECT_AUTHENTICATION = [
  'InvalidProjectAuthenticationError',
  ...PROJECT_AUTHENTICATION,
] as const;
export const INVALID_ADMIN_ACCESS_TOKEN = [
  'InvalidAdminAccessTokenError',
  ...INVALID_PROJECT_AUTHENTICATION,
] as const;
export const PROJECT_AUTHENTICATION_REQUIRED = [
  'ProjectAuthenticationRequiredError',
  ...PROJECT_AUTHENTICATION,
] as const;
export const SESSION_AUTHENTICATION = ['SessionAuthenticationError'] as const;
export const INVALID_SESSION_AUTHENTICATION = [
  'InvalidSessionAuthenticationError',
  ...SESSION_AUTHENTICATION,
] as const;
export const INVALID_ACCESS_TOKEN = [
  'InvalidAccessTokenError',
  ...INVALID_SESSION_AUTHENTICATION,
] as const;
export const REFRESH_TOKEN = ['RefreshTokenError'] as const;
export const API_KEY_NOT_VALID = ['ApiKeyNotValidError'] as const;

/**
 * `PROJECT_AUTHENTICATION_ERROR`: the project keys, access type or admin token were wrong
 * or missing. Check `projectId` and the key you passed.
 *
 * @example
 * ```ts
 * if (ProjectAuthenticationError.is(error)) console.error('check the Stack keys');
 * ```
 */
export abstract class ProjectAuthenticationError extends StackKnownError {
  static override readonly kind: string = PROJECT_AUTHENTICATION[0];
}

/**
 * `INVALID_PROJECT_AUTHENTICATION`: a key, access type or admin token was given but is wrong.
 *
 * @example
 * ```ts
 * if (InvalidProjectAuthenticationError.is(error)) console.error(error.code);
 * ```
 */
export abstract class InvalidProjectAuthenticationError extends StackKnownError {
  static override readonly kind: string = INVALID_PROJECT_AUTHENTICATION[0];
  static override readonly stackFamilies: readonly string[] = PROJECT_AUTHENTICATION;
}

/**
 * `INVALID_ADMIN_ACCESS_TOKEN`: the `x-stack-admin-access-token` was refused.
 *
 * @example
 * ```ts
 * if (InvalidAdminAccessTokenError.is(error)) console.error(error.code);
 * ```
 */
export abstract class InvalidAdminAccessTokenError extends StackKnownError {
  static override readonly kind: string = INVALID_ADMIN_ACCESS_TOKEN[0];
  static override readonly stackFamilies: readonly string[] = INVALID_PROJECT_AUTHENTICATION;
}

/**
 * `PROJECT_AUTHENTICATION_REQUIRED` (deprecated by Stack, still sent): a key was missing.
 *
 * @example
 * ```ts
 * if (ProjectAuthenticationRequiredError.is(error)) console.error('pass the project key');
 * ```
 */
export abstract class ProjectAuthenticationRequiredError extends StackKnownError {
  static override readonly kind: string = PROJECT_AUTHENTICATION_REQUIRED[0];
  static override readonly stackFamilies: readonly string[] = PROJECT_AUTHENTICATION;
}

/**
 * `SESSION_AUTHENTICATION_ERROR`: the user's session (access token) was not accepted.
 *
 * @example
 * ```ts
 * if (SessionAuthenticationError.is(error)) redirectToSignIn();
 * ```
 */
export abstract class SessionAuthenticationError extends StackKnownError {
  static override readonly kind: string = SESSION_AUTHENTICATION[0];
}

/**
 * `INVALID_SESSION_AUTHENTICATION`: the session credential was given but is wrong.
 *
 * @example
 * ```ts
 * if (InvalidSessionAuthenticationError.is(error)) redirectToSignIn();
 * ```
 */
export abstract class InvalidSessionAuthenticationError extends StackKnownError {
  static override readonly kind: string = INVALID_SESSION_AUTHENTICATION[0];
  static override readonly stackFamilies: readonly string[] = SESSION_AUTHENTICATION;
}

/**
 * `INVALID_ACCESS_TOKEN`: the parent of `UNPARSABLE_ACCESS_TOKEN`, `ACCESS_TOKEN_EXPIRED` and
 * `INVALID_PROJECT_FOR_ACCESS_TOKEN`. Research §2: the server never sends this code itself.
 *
 * @example
 * ```ts
 * if (InvalidAccessTokenError.is(error)) redirectToSignIn();
 * ```
 */
export abstract class InvalidAccessTokenError extends StackKnownError {
  static override readonly kind: string = INVALID_ACCESS_TOKEN[0];
  static override readonly stackFamilies: readonly string[] = INVALID_SESSION_AUTHENTICATION;
}

/**
 * `REFRESH_TOKEN_ERROR`: the refresh token is unknown, expired or revoked; the session is over.
 *
 * @example
 * ```ts
 * if (RefreshTokenError.is(error)) redirectToSignIn();
 * ```
 */
export abstract class RefreshTokenError extends StackKnownError {
  static override readonly kind: string = REFRESH_TOKEN[0];
}

/**
 * `API_KEY_NOT_VALID`: a user or team API key was not found, expired, revoked or of the
 * wrong type.
 *
 * @example
 * ```ts
 * if (ApiKeyNotValidError.is(error)) return new Response('bad API key', { status: 401 });
 * ```
 */
export abstract class ApiKeyNotValidError extends StackKnownError {
  static override readonly kind: string = API_KEY_NOT_VALID[0];
}
