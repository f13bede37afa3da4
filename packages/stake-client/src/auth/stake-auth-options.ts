import type { CredentialProvider, Secret } from '@core/auth';
import type { TokenFormat } from '../validation/validate-access-token.js';
import type { StakeCredentialInput } from './stake-credential.js';

/** Header settings shared by {@link StakeAuth} and the client. */
export interface StakeHeaderOptions {
  /** The site; `origin` and `referer` are derived from it. @default 'https://stake.com' */
  baseUrl?: string;
  /** Sent as `x-language`. @default 'en' */
  language?: string;
  /**
   * The `user-agent`. With `cfClearance`, pass the exact UA of the browser that earned it.
   * @default DEFAULT_STAKE_USER_AGENT (desktop Chrome)
   */
  userAgent?: string;
  /** Sent as `x-lockdown-token` when given (research §2.2). @default not sent */
  lockdownToken?: string | Secret;
  /** How strictly tokens are checked. @default 'strict' (96 hex) */
  tokenFormat?: TokenFormat;
  /** The time now, in epoch ms, for token expiry. @default Date.now */
  clock?: () => number;
}

/** A token held by StakeAuth itself (settable with `setAccessToken`). */
export interface StakeTokenOptions {
  /** The `x-access-token` value: 96 hex characters. Leave out to set it later. */
  accessToken?: string | Secret;
  /** The `session` cookie. @default the access token */
  sessionCookie?: string | Secret;
  /** Cloudflare's `cf_clearance` cookie. @default not sent */
  cfClearance?: string | Secret;
  /** Cloudflare's `__cf_bm` cookie, sent after `cf_clearance`. @default not sent */
  cfBm?: string | Secret;
  /** Seconds until the token expires, when known. @default unknown */
  expiresIn?: number;
  credentials?: undefined;
}

/** Credentials from a provider, e.g. `fromEnv` or one that asks a vault. */
export interface StakeProviderOptions {
  credentials: CredentialProvider<StakeCredentialInput>;
  accessToken?: undefined;
  sessionCookie?: undefined;
  cfClearance?: undefined;
  cfBm?: undefined;
  expiresIn?: undefined;
}

/**
 * Options of {@link StakeAuth}: a token it holds, or a credential provider, never both.
 *
 * @example
 * ```ts
 * new StakeAuth({ accessToken: process.env.STAKE_ACCESS_TOKEN ?? '' });
 * new StakeAuth({ credentials: fromEnv({ accessToken: 'STAKE_ACCESS_TOKEN' }) });
 * ```
 */
export type StakeAuthOptions = StakeHeaderOptions & (StakeTokenOptions | StakeProviderOptions);
