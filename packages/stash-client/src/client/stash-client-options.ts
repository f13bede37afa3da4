import type { CallOptions, Secret, TransportOptions } from '@core/auth';
import type { StashEnvironment } from './constants.js';

/** How an HMAC secret becomes key bytes. */
export type StashKeyEncoding = 'utf8' | 'base64';

/**
 * The versioned HMAC scheme Stash recommends (research §2.2).
 *
 * @example
 * ```ts
 * const hmac: StashHmacAuth = { shopId: process.env.STASH_SHOP_ID ?? '', secret: process.env.STASH_INGRESS_SECRET ?? '' };
 * ```
 */
export interface StashHmacAuth {
  /** The shop UUID: Studio's "App ID" under Project Settings → API Secrets. */
  shopId: string;
  /** The ingress API secret. */
  secret: string | Secret;
  /**
   * How the secret becomes HMAC key bytes. Stash's native SDK verified raw UTF-8 against the
   * server; older samples base64-decoded it (research §2.2).
   * @default 'utf8'
   */
  keyEncoding?: StashKeyEncoding;
}

/**
 * Either the legacy API key or HMAC signing, never both.
 *
 * @example
 * ```ts
 * const auth: StashAuthOptions = { hmac: { shopId, secret } };
 * ```
 */
export type StashAuthOptions =
  | {
      /** Sent as `X-Stash-Api-Key`. Deprecated by Stash for new shops: prefer `hmac`. */
      apiKey: string | Secret;
      hmac?: undefined;
    }
  | { hmac: StashHmacAuth; apiKey?: undefined };

/**
 * Where the client talks: a named environment, or a base URL (staging, a proxy, or
 * `@acme/testing`'s server). One of them is required: no silent production default.
 *
 * @example
 * ```ts
 * const where: StashTarget = { environment: 'test' };
 * ```
 */
export type StashTarget =
  | {
      /** `test` → https://test-api.stash.gg, `production` → https://api.stash.gg. */
      environment: StashEnvironment;
      baseUrl?: undefined;
    }
  | {
      /** The API root, e.g. `https://test-api.stashstaging.com`. */
      baseUrl: string;
      /** Only a label here (shown in auth hints). */
      environment?: StashEnvironment;
    };

/**
 * Options of {@link StashClient}.
 *
 * @example
 * ```ts
 * new StashClient({ environment: 'test', auth: { hmac: { shopId, secret } }, shopHandle: 'my-shop' });
 * ```
 */
export type StashClientOptions = Omit<TransportOptions, 'baseUrl'> &
  StashTarget & {
    auth: StashAuthOptions;
    /** The shop slug added as `shop_handle` to `request()` shop calls that lack one. */
    shopHandle?: string;
    /** The clock that timestamps HMAC signatures, in epoch ms. @default Date.now */
    clock?: () => number;
    /** Runs in a browser anyway; anyone who opens the page can read the key. @default false */
    dangerouslyAllowBrowser?: boolean;
  };

/**
 * Per-call options.
 *
 * @example
 * ```ts
 * await client.getPayment(id, { signal: AbortSignal.timeout(5_000) });
 * ```
 */
export type StashCallOptions = CallOptions;
