/** The package name that prefixes every error message. */
export const STASH_PROVIDER = '@acme/stash-client';

/** The Stash environments; keys belong to one of them (research §1). */
export type StashEnvironment = 'test' | 'production';

/**
 * The API root of each environment (research §1: `test-api.stash.gg` is the test tier of the
 * production infrastructure, not staging).
 *
 * @example
 * ```ts
 * STASH_BASE_URLS.test; // 'https://test-api.stash.gg'
 * ```
 */
export const STASH_BASE_URLS: Readonly<Record<StashEnvironment, string>> = {
  test: 'https://test-api.stash.gg',
  production: 'https://api.stash.gg',
};

/**
 * Stash refuses an HMAC timestamp further than this from its clock (research §2.2).
 *
 * @example
 * ```ts
 * Math.abs(Date.now() - signedAtMs) <= STASH_HMAC_WINDOW_MS;
 * ```
 */
export const STASH_HMAC_WINDOW_MS = 5 * 60_000;

/**
 * The most products one page may ask for (studio/v1 `ListProductsRequest.limit`).
 *
 * @example
 * ```ts
 * client.listProducts({ limit: STASH_MAX_PAGE_LIMIT });
 * ```
 */
export const STASH_MAX_PAGE_LIMIT = 100;

/**
 * The warning code emitted (once per process) when a client uses `X-Stash-Api-Key`.
 *
 * @example
 * ```ts
 * process.on('warning', (w) => { if ((w as { code?: string }).code === STASH_API_KEY_DEPRECATION_CODE) alert(w); });
 * ```
 */
export const STASH_API_KEY_DEPRECATION_CODE = 'ACME_STASH_API_KEY_DEPRECATED';
