import type { Secret } from '@core/auth';
import type { StakeCredential } from './stake-credential.js';

/** The non-secret parts of Stake's headers, fixed per client. */
export interface StakeHeaderSettings {
  /** The origin of `baseUrl`; `referer` is it plus `/` (the fork's fix, research §1.3). */
  readonly origin: string;
  readonly language: string;
  readonly userAgent: string;
  readonly lockdownToken?: Secret | undefined;
}

/**
 * The `cookie` header in a stable order (research §5): `session` (defaulting to the access
 * token, which is the same value, research §2.2), then `cf_clearance`, then `__cf_bm`. Built by hand because Node's fetch
 * has no cookie jar (and StakeAPI's jar silently dropped them, research §1.3).
 */
export function stakeCookieHeader(credential: StakeCredential): string {
  const session = credential.sessionCookie ?? credential.accessToken;
  const pairs = [`session=${session.reveal()}`];
  if (credential.cfClearance !== undefined)
    pairs.push(`cf_clearance=${credential.cfClearance.reveal()}`);
  if (credential.cfBm !== undefined) pairs.push(`__cf_bm=${credential.cfBm.reveal()}`);
  return pairs.join('; ');
}

/**
 * Stake's request headers for a credential: pure, so they are unit-testable and identical
 * wherever they are built. No `sec-ch-ua*`: they would contradict a custom user agent
 * (StakeAPI removed them for that reason, research §1.3).
 *
 * @example
 * ```ts
 * buildStakeHeaders(credential, { origin: 'https://stake.com', language: 'en', userAgent });
 * ```
 */
export function buildStakeHeaders(
  credential: StakeCredential,
  settings: StakeHeaderSettings,
): Record<string, string> {
  return {
    accept: 'application/graphql+json, application/json',
    'x-access-token': credential.accessToken.reveal(),
    cookie: stakeCookieHeader(credential),
    'x-language': settings.language,
    origin: settings.origin,
    referer: `${settings.origin}/`,
    'user-agent': settings.userAgent,
    ...(settings.lockdownToken === undefined
      ? {}
      : { 'x-lockdown-token': settings.lockdownToken.reveal() }),
  };
}
