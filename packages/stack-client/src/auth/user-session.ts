import {
  ConfigurationError,
  type CredentialProvider,
  jwtExpiry,
  refreshingCredential,
  Secret,
} from '@core/auth';
import { RefreshTokenError } from '../errors/families.js';
import { SessionExpiredError } from '../errors/session-expired-error.js';
import type { StackCredential } from '../http/stack-credential.js';
import { PACKAGE_NAME } from '../version.js';

/**
 * Refresh when fewer than 20 s remain (research §3: the official SDK's
 * `getOrFetchLikelyValidTokens(20_000, …)` on every request).
 */
export const USER_REFRESH_WINDOW_MS = 20_000;

/** Tokens after a refresh: the refresh token is not rotated (research §3). */
export interface StackTokens {
  accessToken: Secret;
  refreshToken: Secret | undefined;
}

/** Options of `withUser`. */
export interface WithUserOptions {
  /** The user's access token (a JWT), e.g. from the `x-stack-access-token` your frontend sent. */
  accessToken: string | Secret;
  /** Lets the client renew the access token; without it the session ends with the token. */
  refreshToken?: string | Secret;
  /**
   * Called after each refresh with the new tokens, to persist them. It is not awaited and its
   * errors (thrown or rejected) are ignored: the refresh is shared by every waiting call, so
   * a slow or failing store must neither hold them up nor fail them. Handle your own errors
   * inside it if you need to know.
   */
  onTokens?: (tokens: StackTokens) => void | Promise<void>;
}

/** The refresh call: the client's base pipeline, which carries no user token. */
export type RefreshAccessToken = (refreshToken: Secret) => Promise<Secret>;

/** A user's session: its credential provider, and a way to end it (sign-out). */
export interface UserSession {
  readonly credentials: CredentialProvider<StackCredential>;
  end(reason: string): void;
}

/**
 * A user session's credential (research §3, §7): the access token with its `exp`, refreshed
 * within 20 s of expiry or when the server says `ACCESS_TOKEN_EXPIRED`, one refresh in
 * flight at a time; a `REFRESH_TOKEN_*` error ends the session for good.
 */
export function createUserSession(
  base: Omit<StackCredential, 'accessToken' | 'expiresAt'>,
  options: WithUserOptions,
  refreshAccessToken: RefreshAccessToken,
  clock: () => number = Date.now,
): UserSession {
  // Checked before it is read: `withUser(null)` from JavaScript is a ConfigurationError.
  if (typeof options !== 'object' || options === null) {
    throw new ConfigurationError(
      `withUser takes { accessToken, refreshToken? }, got ${options === null ? 'null' : typeof options}: pass the user's tokens.`,
      { option: 'withUser', provider: PACKAGE_NAME },
    );
  }
  const refreshToken =
    options.refreshToken === undefined ? undefined : Secret.from(options.refreshToken);
  const toCredential = (token: string | Secret): StackCredential => {
    const accessToken = Secret.from(token);
    let expiresAt: number | undefined;
    try {
      ({ expiresAt } = jwtExpiry(accessToken));
    } catch (error) {
      throw new ConfigurationError(
        `accessToken is not a JWT (${accessToken.length} characters): pass the Stack access token itself, without "Bearer ".`,
        { option: 'accessToken', provider: PACKAGE_NAME, cause: error },
      );
    }
    return { ...base, accessToken, expiresAt };
  };
  let ended: SessionExpiredError | undefined;

  const provider = refreshingCredential<StackCredential>({
    initial: toCredential(options.accessToken),
    refreshWindowMs: USER_REFRESH_WINDOW_MS,
    clock,
    refresh: async () => {
      if (ended !== undefined) throw ended;
      if (refreshToken === undefined) {
        throw new SessionExpiredError(
          'The access token expired and withUser got no refreshToken: the session cannot be renewed. Pass refreshToken to withUser, or get a new access token.',
          { provider: PACKAGE_NAME },
        );
      }
      let accessToken: Secret;
      try {
        accessToken = await refreshAccessToken(refreshToken);
      } catch (error) {
        if (!RefreshTokenError.is(error)) throw error;
        ended = new SessionExpiredError(
          `The session ended: refreshing the access token failed with ${error.code}. Sign the user in again.`,
          { provider: PACKAGE_NAME, cause: error },
        );
        throw ended;
      }
      const credential = toCredential(accessToken);
      reportTokens(options.onTokens, { accessToken, refreshToken });
      return credential;
    },
  });

  return {
    credentials: {
      getCredential: (request) =>
        ended === undefined ? provider.getCredential(request) : Promise.reject(ended),
      invalidate: () => provider.invalidate(),
    },
    end: (reason) => {
      ended ??= new SessionExpiredError(
        `${reason}: this client's session is over. Sign the user in again.`,
        {
          provider: PACKAGE_NAME,
        },
      );
    },
  };
}

/**
 * Hands new tokens to `onTokens` without waiting: the fresh token already serves the calls
 * waiting on this refresh, whatever the store does.
 */
function reportTokens(onTokens: WithUserOptions['onTokens'], tokens: StackTokens): void {
  if (onTokens === undefined) return;
  try {
    // Promise.resolve also adopts a foreign thenable; its rejection is swallowed here.
    Promise.resolve(onTokens(tokens)).catch(() => undefined);
  } catch {
    // A synchronous throw: persisting tokens is the caller's concern.
  }
}
