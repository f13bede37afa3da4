import { isValidAccessToken, type ParsedCurl } from '@acme/stake-client';
import { ConfigurationError, type Secret } from '@core/auth';

/** What `extract-curl` found, safe to print: every secret is a masked string. */
export interface CurlSummary {
  readonly form: ParsedCurl['form'];
  readonly accessToken: string;
  /** `same as the token` when the cookie equals it, as Stake sets it (research §2.2). */
  readonly sessionCookie: string | null;
  readonly cfClearance: string | null;
  readonly userAgent: string | null;
  readonly baseUrl: string | null;
  readonly warnings: readonly string[];
}

/** The values `--write` puts in the .env file, by variable name; undefined removes a line. */
export type StakeEnvValues = Record<string, string | undefined>;

/**
 * Summarises a parsed curl; throws a ConfigurationError when it holds no token at all.
 *
 * @example
 * ```ts
 * const summary = summariseCurl(parseCurl(copied));
 * summary.accessToken; // '2775b505…a295'
 * ```
 */
export function summariseCurl(parsed: ParsedCurl): CurlSummary {
  // The session cookie is the token (research §2.2): either one will do.
  const token = tokenOf(parsed);
  const sameSession = parsed.sessionCookie?.reveal() === token.reveal();
  const warnings = isValidAccessToken(token.reveal())
    ? []
    : [
        'the token is not 96 hex characters, the format Stake uses: check that the whole value was copied.',
      ];
  if (parsed.cfClearance !== undefined && parsed.userAgent === undefined) {
    warnings.push(
      'cf_clearance comes without a user agent: Cloudflare ties it to the browser that earned it.',
    );
  }
  return {
    form: parsed.form,
    accessToken: token.masked,
    sessionCookie: sameSession ? 'same as the token' : (parsed.sessionCookie?.masked ?? null),
    cfClearance: parsed.cfClearance?.masked ?? null,
    userAgent: parsed.userAgent ?? null,
    baseUrl: parsed.baseUrl ?? null,
    warnings,
  };
}

/**
 * The .env values of a parsed curl. Values the curl lacks are removed from the file: they
 * belonged to the previous session (a stale cf_clearance only earns challenges).
 *
 * @example
 * ```ts
 * envValuesOf(parseCurl(copied)); // { STAKE_ACCESS_TOKEN: '…', STAKE_CF_CLEARANCE: undefined, … }
 * ```
 */
export function envValuesOf(parsed: ParsedCurl): StakeEnvValues {
  const token = tokenOf(parsed).reveal();
  const session = parsed.sessionCookie?.reveal();
  return {
    STAKE_ACCESS_TOKEN: token,
    // The client sends the token as the session cookie by default: write it only when it differs.
    STAKE_SESSION_COOKIE: session === token ? undefined : session,
    STAKE_CF_CLEARANCE: parsed.cfClearance?.reveal(),
    STAKE_USER_AGENT: parsed.userAgent,
    STAKE_BASE_URL: parsed.baseUrl,
  };
}

function tokenOf(parsed: ParsedCurl): Secret {
  const token = parsed.accessToken ?? parsed.sessionCookie;
  if (token !== undefined) return token;
  throw new ConfigurationError(
    'the curl command has no x-access-token header and no session cookie: copy a request to /_api/graphql made while logged in (right-click it, Copy → Copy as cURL).',
    { option: 'curl', provider: '@acme/cli' },
  );
}
