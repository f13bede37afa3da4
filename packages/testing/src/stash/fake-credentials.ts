/**
 * The credentials a {@link StashServer} accepts. Every value is an obviously fake fixture,
 * built at runtime.
 *
 * @example
 * ```ts
 * const { apiKey, shopId, hmacSecret, webhookSecret, shopHandle } = server.credentials;
 * ```
 */
export interface FakeStashCredentials {
  /** The legacy `X-Stash-Api-Key` secret. */
  readonly apiKey: string;
  /** The shop UUID (Studio "App ID") named in the HMAC header and the studio paths. */
  readonly shopId: string;
  /** The ingress HMAC secret, in Studio's URL-safe base64 alphabet (research §2.3). */
  readonly hmacSecret: string;
  /** The secret that signs webhook deliveries. */
  readonly webhookSecret: string;
  /** The shop slug the seed docs' shop calls carry as `shop_handle`. */
  readonly shopHandle: string;
}

/**
 * Builds a fresh set of fake Stash credentials.
 *
 * @example
 * ```ts
 * const credentials = createFakeStashCredentials();
 * credentials.apiKey.startsWith('fake_'); // true
 * ```
 */
export function createFakeStashCredentials(): FakeStashCredentials {
  return {
    apiKey: `fake_stash_api_key_${'0'.repeat(24)}`,
    shopId: '00000000-0000-4000-8000-00000000fa4e',
    hmacSecret: `fake_stash_hmac_${'A0'.repeat(16)}`,
    webhookSecret: `fake_stash_webhook_${'0'.repeat(24)}`,
    shopHandle: 'fake-shop',
  };
}
