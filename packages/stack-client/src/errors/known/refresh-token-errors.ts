// Refresh token errors (research §2, §3).
// Each class: the core class of its status, plus its place in Stack's tree (the brand).

import { REFRESH_TOKEN } from '../families.js';

import { StackAuthenticationError, StackBadRequestError } from '../stack-status-errors.js';

/**
 * 401 `REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED`: the refresh token is unknown, expired, or its session was revoked.
 *
 * @example
 * ```ts
 * if (RefreshTokenNotFoundOrExpiredError.is(error)) console.error(error.message);
 * ```
 */
export class RefreshTokenNotFoundOrExpiredError extends StackAuthenticationError {
  static override readonly kind: string = 'RefreshTokenNotFoundOrExpiredError';
  static override readonly defaultCode: string = 'REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED';
  static override readonly stackFamilies: readonly string[] = REFRESH_TOKEN;
}

/**
 * 400 `CANNOT_DELETE_CURRENT_SESSION`: the session making the call cannot revoke itself this way; sign out instead.
 *
 * @example
 * ```ts
 * if (CannotDeleteCurrentSessionError.is(error)) console.error(error.message);
 * ```
 */
export class CannotDeleteCurrentSessionError extends StackBadRequestError {
  static override readonly kind: string = 'CannotDeleteCurrentSessionError';
  static override readonly defaultCode: string = 'CANNOT_DELETE_CURRENT_SESSION';
  static override readonly stackFamilies: readonly string[] = REFRESH_TOKEN;
}

/**
 * 401 `PROVIDER_REJECTED`: the OAuth provider refused to refresh; the user must sign in again.
 *
 * @example
 * ```ts
 * if (ProviderRejectedError.is(error)) console.error(error.message);
 * ```
 */
export class ProviderRejectedError extends StackAuthenticationError {
  static override readonly kind: string = 'ProviderRejectedError';
  static override readonly defaultCode: string = 'PROVIDER_REJECTED';
  static override readonly stackFamilies: readonly string[] = REFRESH_TOKEN;
}

/** The `details` of `INVALID_OAUTH_CLIENT_ID_OR_SECRET`, as sent (snake_case). */
export type InvalidOAuthClientIdOrSecretDetails = { client_id: string | null };

/**
 * 400 `INVALID_OAUTH_CLIENT_ID_OR_SECRET`: the OAuth token endpoint refused the client id or secret.
 *
 * @example
 * ```ts
 * if (InvalidOAuthClientIdOrSecretError.is(error)) console.error(error.details);
 * ```
 */
export class InvalidOAuthClientIdOrSecretError extends StackBadRequestError {
  static override readonly kind: string = 'InvalidOAuthClientIdOrSecretError';
  static override readonly defaultCode: string = 'INVALID_OAUTH_CLIENT_ID_OR_SECRET';
  declare readonly details: InvalidOAuthClientIdOrSecretDetails | undefined;
}
