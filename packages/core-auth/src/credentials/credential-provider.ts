/** What a caller may ask of a {@link CredentialProvider} for one request. */
export interface CredentialRequestOptions {
  /**
   * Gives up waiting: the call rejects with the signal's reason. A refresh shared with
   * other callers keeps running for them.
   */
  signal?: AbortSignal | undefined;
  /**
   * Skips any cached credential and fetches a fresh one (after the server said the current
   * one expired). Providers with nothing to refresh ignore it.
   * @default false
   */
  forceRefresh?: boolean | undefined;
}

/**
 * Where a pipeline gets its credential for each request.
 *
 * Identity contract: a provider returns the **same object** for as long as it holds the same
 * credential, and a new object once the credential changes. The object's identity is its
 * epoch: the pipeline keeps the object a request left with and, on a 401, compares it with
 * what the provider holds now. The same object means "still the stale one, refresh"; another
 * object means "already replaced by someone else, just replay", so one expiry never causes
 * two refreshes. Never build a fresh copy of an unchanged credential on every call.
 *
 * @example
 * ```ts
 * const provider: CredentialProvider<{ apiKey: Secret }> = staticCredential({
 *   apiKey: Secret.from('ssk_fake_0000000000000000'),
 * });
 * const first = await provider.getCredential();
 * first === (await provider.getCredential()); // true: same credential, same object
 * ```
 */
export interface CredentialProvider<C> {
  /** Resolves to the current credential, fetching or refreshing it when needed. */
  getCredential(options?: CredentialRequestOptions): Promise<C>;
  /** Drops a cached credential so the next getCredential fetches a fresh one. */
  invalidate?(): void;
}

/**
 * A credential may carry its expiry, so a provider can refresh it before it runs out.
 *
 * @example
 * ```ts
 * const credential: { accessToken: Secret } & Expiring = {
 *   accessToken: Secret.from('fake-access-token-0000'),
 *   expiresAt: Date.now() + 3_600_000,
 * };
 * ```
 */
export interface Expiring {
  /** When the credential stops working, in epoch milliseconds; absent means never. */
  expiresAt?: number | undefined;
}
