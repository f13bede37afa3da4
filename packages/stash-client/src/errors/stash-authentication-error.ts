import { AuthenticationError } from '@core/auth';
import { type StashApiErrorInit, withGrpcFields } from './stash-api-errors.js';

/** The authentication scheme a client used, named in its auth errors. */
export type StashAuthScheme = 'apiKey' | 'hmac';

/**
 * 401 UNAUTHENTICATED: the key or signature was refused. `hints` lists the likely causes;
 * no hint ever holds the key.
 *
 * @example
 * ```ts
 * if (StashAuthenticationError.is(error)) for (const hint of error.hints) console.error(hint);
 * ```
 */
export class StashAuthenticationError extends withGrpcFields(AuthenticationError) {
  static override readonly kind: string = 'StashAuthenticationError';
  static override readonly defaultCode: string = 'UNAUTHENTICATED';
  readonly authScheme: StashAuthScheme;
  readonly hints: readonly string[];

  constructor(
    message: string,
    init: StashApiErrorInit & { authScheme: StashAuthScheme; hints: readonly string[] },
  ) {
    // A Stash key does not expire by itself: nothing to refresh, nothing to replay.
    super(message, { ...init, credentialExpired: false });
    this.authScheme = init.authScheme;
    this.hints = init.hints;
  }
}
