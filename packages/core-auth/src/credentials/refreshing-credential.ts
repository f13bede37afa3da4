import { ConfigurationError } from '../errors/configuration-error.js';
import { SdkError } from '../errors/sdk-error.js';
import type {
  CredentialProvider,
  CredentialRequestOptions,
  Expiring,
} from './credential-provider.js';
import { checkRefreshed, refreshFailed } from './refresh-outcome.js';
import { waitFor } from './wait-for.js';

/** How long before `expiresAt` a credential is refreshed: 30 seconds. */
export const DEFAULT_REFRESH_WINDOW_MS = 30_000;

/** Options of {@link refreshingCredential}. */
export interface RefreshingCredentialOptions<C extends Expiring> {
  /**
   * Fetches a fresh credential. Its `signal` is never aborted by callers (see below). Its
   * error reaches the callers: an SdkError as it is; anything else as a CredentialError
   * whose message names only the error's class and whose `cause` is the error itself, so
   * that error must not hold a secret.
   */
  refresh: (options: { signal: AbortSignal }) => Promise<C>;
  /**
   * How long before `expiresAt` to refresh. Keep it well under the credential's lifetime,
   * or every call refreshes.
   * @default DEFAULT_REFRESH_WINDOW_MS (30_000)
   */
  refreshWindowMs?: number | undefined;
  /**
   * The time now, in epoch milliseconds; tests pass a fake.
   * @default Date.now
   */
  clock?: (() => number) | undefined;
  /**
   * A credential to start with, e.g. one read from disk; without it the first call refreshes.
   * @default undefined
   */
  initial?: C | undefined;
}

/** A {@link CredentialProvider} whose cache can always be dropped. */
export interface RefreshingCredentialProvider<C> extends CredentialProvider<C> {
  /** Drops the cached credential so the next getCredential refreshes. */
  invalidate(): void;
}

/**
 * A provider that caches a credential and refreshes it before it expires, with one refresh
 * in flight at a time shared by every caller (single flight). The cached object is returned
 * as it is until a refresh replaces it (the identity contract of {@link CredentialProvider}).
 *
 * @example
 * ```ts
 * const credentials = refreshingCredential({
 *   refresh: async ({ signal }) => {
 *     const { accessToken, expiresIn } = await fetchToken({ signal });
 *     return { accessToken: Secret.from(accessToken), expiresAt: Date.now() + expiresIn * 1_000 };
 *   },
 * });
 * ```
 */
export function refreshingCredential<C extends Expiring>(
  options: RefreshingCredentialOptions<C>,
): RefreshingCredentialProvider<C> {
  const { refresh, refreshWindowMs = DEFAULT_REFRESH_WINDOW_MS, clock = Date.now } = options;
  if (typeof refresh !== 'function') {
    throw optionError('refresh', 'a function that returns a credential');
  }
  if (!Number.isFinite(refreshWindowMs) || refreshWindowMs < 0) {
    throw optionError('refreshWindowMs', 'a finite number of milliseconds, 0 or more');
  }
  if (typeof clock !== 'function') throw optionError('clock', 'a function that returns epoch ms');

  let cached: C | undefined = options.initial;
  let inFlight: Promise<C> | undefined;

  // Simple rules:
  // - must refresh: no credential, forceRefresh, or expired. Wait; a failure is thrown.
  // - should refresh: inside the refresh window. Wait; on failure the still-valid one serves.
  // - otherwise: the cached object itself. Without expiresAt a credential never expires.
  // - one refresh in flight, shared by all callers; a failed refresh is never cached.
  const isExpired = (c: C, now: number): boolean => c.expiresAt !== undefined && now >= c.expiresAt;
  const mustRefresh = (c: C, now: number, force: boolean): boolean => force || isExpired(c, now);
  const shouldRefresh = (c: C, now: number): boolean =>
    c.expiresAt !== undefined && now >= c.expiresAt - refreshWindowMs;

  const runRefresh = async (): Promise<C> => {
    // The refresh is shared, so no caller's signal is linked to it: one caller giving up must
    // not fail the others waiting on the same refresh. Each caller's own wait is abortable.
    const { signal } = new AbortController();
    let credential: C;
    try {
      credential = await refresh({ signal });
    } catch (error) {
      throw SdkError.is(error) ? error : refreshFailed(error);
    }
    checkRefreshed(credential, clock());
    cached = credential;
    return credential;
  };

  const sharedRefresh = (): Promise<C> => {
    if (inFlight !== undefined) return inFlight;
    const flight = runRefresh().finally(() => {
      inFlight = undefined;
    });
    inFlight = flight;
    return flight;
  };

  return {
    getCredential: async (request: CredentialRequestOptions = {}) => {
      const { signal } = request;
      signal?.throwIfAborted();
      const now = clock();
      const current = cached;
      if (current === undefined || mustRefresh(current, now, request.forceRefresh === true)) {
        return waitFor(sharedRefresh(), signal);
      }
      if (!shouldRefresh(current, now)) return current;
      try {
        return await waitFor(sharedRefresh(), signal);
      } catch (error) {
        // Only a refresh failure falls back; a caller who gave up gets its abort reason.
        if (signal?.aborted === true || isExpired(current, clock())) throw error;
        return current;
      }
    },
    invalidate: () => {
      cached = undefined;
    },
  };
}

function optionError(option: string, expected: string): ConfigurationError {
  return new ConfigurationError(
    `refreshingCredential option ${option} is invalid: it must be ${expected}. Fix the ${option} you pass.`,
    { option },
  );
}
