import { ConfigurationError, describeSecret, Secret } from '@core/auth';
import { STAKE_PROVIDER } from '../config/defaults.js';
import { type TokenFormat, validateAccessToken } from '../validation/validate-access-token.js';

/** A Stake credential as a provider may yield it, e.g. `fromEnv`. */
export interface StakeCredentialInput {
  accessToken: string | Secret;
  /** The `session` cookie. @default the access token (they are the same value, research §2.2) */
  sessionCookie?: string | Secret | undefined;
  /** Cloudflare's clearance cookie, bound to the user agent that earned it. */
  cfClearance?: string | Secret | undefined;
  /** Cloudflare's bot-management cookie `__cf_bm`, sent after `cf_clearance` (research §5). */
  cfBm?: string | Secret | undefined;
  /** When the credential stops working, in epoch ms, when known (see `isTokenExpired`). */
  expiresAt?: number | undefined;
}

/** A checked Stake credential: every value a {@link Secret}. */
export interface StakeCredential {
  readonly accessToken: Secret;
  readonly sessionCookie: Secret | undefined;
  readonly cfClearance: Secret | undefined;
  readonly cfBm?: Secret | undefined;
}

// RFC 6265 cookie-octets (no controls, whitespace, double quote, comma, semicolon or backslash),
// less the single quote:
// Catches the trailing quote StakeAPI's regex kept (research §1.6).
const COOKIE_VALUE = /^[\x21\x23-\x26\x28-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]+$/;

const COOKIE_NAMES: Record<string, string> = {
  sessionCookie: 'session',
  cfClearance: 'cf_clearance',
  cfBm: '__cf_bm',
};

/** Checks a cookie value and wraps it; undefined stays undefined. */
export function toCookieSecret(
  value: string | Secret | undefined,
  option: string,
): Secret | undefined {
  if (value === undefined) return undefined;
  const raw = Secret.isSecret(value) ? value.reveal() : value;
  if (typeof raw !== 'string' || !COOKIE_VALUE.test(raw)) {
    throw new ConfigurationError(
      `${option} is not a valid cookie value (${typeof raw === 'string' ? describeSecret(raw) : typeof raw}): it holds a space, quote, comma, semicolon or control character. Copy only the value between "${COOKIE_NAMES[option] ?? option}=" and the next ";".`,
      { option, provider: STAKE_PROVIDER },
    );
  }
  return Secret.isSecret(value) ? value : new Secret(raw);
}

/** Checks a credential input and turns it into a {@link StakeCredential}. */
export function toStakeCredential(
  input: StakeCredentialInput,
  format: TokenFormat,
): StakeCredential {
  const token = validateAccessToken(input.accessToken, { format });
  return {
    accessToken:
      Secret.isSecret(input.accessToken) && input.accessToken.reveal() === token
        ? input.accessToken
        : new Secret(token),
    sessionCookie: toCookieSecret(input.sessionCookie, 'sessionCookie'),
    cfClearance: toCookieSecret(input.cfClearance, 'cfClearance'),
    cfBm: toCookieSecret(input.cfBm, 'cfBm'),
  };
}
