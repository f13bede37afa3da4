import { type ApiErrorInit, AuthenticationError } from '@core/auth';

/** Why a token failed verification. */
export type AccessTokenRejection =
  | 'malformed'
  | 'expired'
  | 'signature'
  | 'algorithm'
  | 'issuer-or-audience'
  | 'claims';

/**
 * `verifyAccessToken` refused a token: not a JWT, expired, badly signed, the wrong
 * algorithm, issuer or audience, or claims that do not fit. A core `AuthenticationError`
 * (status 401, never `credentialExpired`), so `AuthenticationError.is(e)` answers 401 to
 * your own caller. The token is never quoted.
 *
 * @example
 * ```ts
 * catch (error) {
 *   if (AccessTokenVerificationError.is(error)) return new Response(null, { status: 401 });
 * }
 * ```
 */
export class AccessTokenVerificationError extends AuthenticationError {
  static override readonly kind: string = 'AccessTokenVerificationError';
  static override readonly defaultCode: string = 'access_token_rejected';
  /** Why the token was refused. */
  readonly reason: AccessTokenRejection;

  constructor(message: string, init: ApiErrorInit & { reason: AccessTokenRejection }) {
    super(message, { ...init, credentialExpired: false });
    this.reason = init.reason;
  }
}
