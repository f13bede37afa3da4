import type { CallOptions, TransportOptions } from '@core/auth';
import type { StakeAuth } from '../auth/stake-auth.js';
import type {
  StakeHeaderOptions,
  StakeProviderOptions,
  StakeTokenOptions,
} from '../auth/stake-auth-options.js';
import type { StakeDocuments } from '../graphql/documents.js';
import type { RateLimitOptions } from '../rate-limit/token-bucket.js';

/** Options every StakeClient takes, whatever its credentials. */
export interface StakeClientCommonOptions extends Omit<TransportOptions, 'baseUrl'> {
  /**
   * The client-side token bucket, applied before a request leaves; `false` turns it off.
   * @default { requestsPerSecond: 10, burst: 10 }
   */
  rateLimit?: false | RateLimitOptions;
  /** Replaces operation documents when Stake's schema drifts. @default DEFAULT_STAKE_DOCUMENTS */
  documents?: Partial<StakeDocuments>;
  /** `isAcp` of CurrencyConfiguration. @default true for stake.us, else false (research §2.1) */
  isAcp?: boolean;
  /** Runs in a browser anyway, where every visitor could read the token. @default false */
  dangerouslyAllowBrowser?: boolean;
}

/** A StakeAuth built elsewhere: the site, language and user agent come from it. */
export interface StakeClientAuthOptions {
  auth: StakeAuth;
  accessToken?: undefined;
  credentials?: undefined;
  baseUrl?: undefined;
  userAgent?: undefined;
  language?: undefined;
}

/**
 * Options of {@link StakeClient}: an access token, a credential provider, or a
 * {@link StakeAuth}, exactly one.
 *
 * @example
 * ```ts
 * new StakeClient({ accessToken: process.env.STAKE_ACCESS_TOKEN ?? '', cfClearance, userAgent });
 * new StakeClient({ credentials: fromEnv({ accessToken: 'STAKE_ACCESS_TOKEN' }) });
 * new StakeClient({ auth: StakeAuth.fromCurl(copied) });
 * ```
 */
export type StakeClientOptions = StakeClientCommonOptions &
  (
    | (StakeHeaderOptions &
        StakeTokenOptions & {
          accessToken: StakeTokenOptions['accessToken'] & {};
          auth?: undefined;
        })
    | (StakeHeaderOptions & StakeProviderOptions & { auth?: undefined })
    | StakeClientAuthOptions
  );

/** Per-call options. */
export type StakeCallOptions = CallOptions;
