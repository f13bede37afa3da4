import type { CredentialProvider } from '../credentials/credential-provider.js';
import { CredentialError } from '../errors/credential-error.js';
import { isSdkError } from '../errors/sdk-error.js';
import { sanitizedCause } from './transport-failure.js';

/** The call's credential, or undefined for a pipeline without one; failures typed. */
export async function getCredential<C>(
  credentials: CredentialProvider<C> | undefined,
  signal: AbortSignal,
  provider: string,
  forceRefresh = false,
): Promise<C | undefined> {
  if (credentials === undefined) return undefined;
  try {
    return await credentials.getCredential({ signal, forceRefresh });
  } catch (error) {
    if (isSdkError(error)) throw error;
    throw new CredentialError(
      `getting the credential failed (${error instanceof Error ? error.name : typeof error}): check the credential provider.`,
      // The provider's own error may carry what it sent (an HTTP client's request config
      // with the refresh token): keep its name, code and message only.
      { provider, cause: sanitizedCause(error, (t) => t) },
    );
  }
}

/**
 * Simple rules for an expired credential (the epoch check): replaced since the request
 * left, by another call's refresh: replay with the new one; else invalidate it and refresh
 * once, and replay only if that gave a different credential. True means replay.
 */
export async function renewExpiredCredential<C>(
  credentials: CredentialProvider<C> | undefined,
  used: C | undefined,
  signal: AbortSignal,
  provider: string,
): Promise<boolean> {
  if (credentials?.invalidate === undefined) return false;
  if ((await getCredential(credentials, signal, provider)) !== used) return true;
  credentials.invalidate();
  return (await getCredential(credentials, signal, provider, true)) !== used;
}
