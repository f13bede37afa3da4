import { CredentialError } from '../errors/credential-error.js';
import type { Expiring } from './credential-provider.js';

/** Refuses what a refresh returned unless it is a credential that has not yet expired. */
export function checkRefreshed(credential: Expiring, now: number): void {
  if (typeof credential !== 'object' || credential === null) {
    throw new CredentialError(
      `The refresh returned ${credential === null ? 'null' : typeof credential}, not a credential: return the credential object from refresh.`,
    );
  }
  const { expiresAt } = credential;
  if (expiresAt !== undefined && (typeof expiresAt !== 'number' || !Number.isFinite(expiresAt))) {
    throw new CredentialError(
      'The refreshed credential has an invalid expiresAt: it must be a finite number of epoch milliseconds, or absent when it never expires.',
    );
  }
  if (expiresAt !== undefined && expiresAt <= now) {
    throw new CredentialError(
      `The refreshed credential is already expired (expiresAt ${expiresAt}, now ${now}): it was not cached. Return expiresAt in epoch milliseconds (not seconds) from refresh.`,
    );
  }
}

/**
 * Wraps a refresh failure that is not an SdkError. The message names only the error's class;
 * the error itself is kept as `cause` (non-enumerable, so `toJSON` leaves it out).
 */
export function refreshFailed(error: unknown): CredentialError {
  // The name only: the refresh's own message may quote a token or a response body.
  const name = error instanceof Error ? error.name : typeof error;
  return new CredentialError(
    `Refreshing the credential failed: ${name}. See the error's cause; the next call tries again.`,
    { cause: error },
  );
}
