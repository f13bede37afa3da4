/** The package name that prefixes every error message. */
export const STAKE_PROVIDER = '@acme/stake-client';

/**
 * Where the client talks to by default. Mirrors (stake.bet, stake.games, …) and stake.us
 * serve the same API (research §2.1): pass them as `baseUrl`.
 * @default 'https://stake.com'
 */
export const DEFAULT_STAKE_BASE_URL = 'https://stake.com';

/** The one real API surface: every current client POSTs here (research §2.1). */
export const STAKE_GRAPHQL_PATH = '/_api/graphql';

/** Sent as `x-language`, as the web app does. @default 'en' */
export const DEFAULT_STAKE_LANGUAGE = 'en';

/**
 * The `user-agent` sent when none is given: the desktop Chrome UA StakeAPI uses. Pass the
 * browser's exact UA with `cfClearance`: Cloudflare binds the clearance to it (research §2.2).
 */
export const DEFAULT_STAKE_USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/135.0.0.0 Safari/537.36';

/** Requests per second of the client-side token bucket ("~10 req/s", research §1.4, §5). */
export const DEFAULT_REQUESTS_PER_SECOND = 10;

/**
 * Calls that may wait for a rate-limit token at once: beyond it a call fails at once with
 * `RateLimitQueueFullError` instead of piling up (100 calls at 10 req/s is 10 s of queue).
 */
export const DEFAULT_RATE_LIMIT_MAX_QUEUE = 100;

/** Non-secret headers of this API, shown as they are in errors and hook events. */
export const STAKE_SAFE_HEADERS: readonly string[] = [
  'x-language',
  'x-operation-name',
  'x-operation-type',
];
