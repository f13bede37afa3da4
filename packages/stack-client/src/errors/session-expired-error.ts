import { CredentialError } from '@core/auth';

/**
 * The user's session is over: refreshing the access token failed with a `REFRESH_TOKEN_*`
 * error (research §3: the refresh token is unknown, expired, or its session was revoked),
 * or the token expired and no refresh token was given. The `withUser` client refuses every
 * further call without a request; `cause` holds the Stack error. Sign the user in again.
 *
 * @example
 * ```ts
 * catch (error) { if (SessionExpiredError.is(error)) return redirect('/sign-in'); }
 * ```
 */
export class SessionExpiredError extends CredentialError {
  static override readonly kind: string = 'SessionExpiredError';
  static override readonly defaultCode: string = 'session_expired';
}
