import { decodeProtectedHeader } from 'jose/decode/protected_header';
import { decodeJwt } from 'jose/jwt/decode';
import { ConfigurationError } from '../errors/configuration-error.js';
import { describeSecret } from '../secrets/mask.js';
import { Secret } from '../secrets/secret.js';

/** When a JWT expires and was issued, in epoch milliseconds; undefined for a missing claim. */
export interface JwtExpiry {
  /** The `exp` claim in epoch milliseconds. */
  expiresAt: number | undefined;
  /** The `iat` claim in epoch milliseconds. */
  issuedAt: number | undefined;
}

/**
 * Reads `exp` and `iat` from a JWT **without verifying it**: use it only to decide when to
 * refresh a token you already trust, never to accept one (verify with `jose`'s `jwtVerify`).
 *
 * @example
 * ```ts
 * const { expiresAt } = jwtExpiry(accessToken);
 * const credentials = refreshingCredential({ initial: { accessToken, expiresAt }, refresh });
 * ```
 */
export function jwtExpiry(jwt: string | Secret): JwtExpiry {
  const raw = Secret.isSecret(jwt) ? jwt.reveal() : jwt;
  let claims: Record<string, unknown>;
  try {
    // The header too: decodeJwt alone reads only the payload, so `Bearer eyJ…` would pass.
    decodeProtectedHeader(raw);
    claims = decodeJwt(raw);
  } catch (error) {
    // jose's own messages are fixed strings, so they are safe to show; its cause is not kept,
    // since a JSON parse error quotes the decoded payload.
    const reason = error instanceof Error ? error.message : 'not a JWT';
    throw malformed(raw, reason);
  }
  return {
    expiresAt: claimMs(claims, 'exp', raw),
    issuedAt: claimMs(claims, 'iat', raw),
  };
}

function claimMs(claims: Record<string, unknown>, claim: string, raw: string): number | undefined {
  const value = claims[claim];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw malformed(raw, `its ${claim} claim is not a number of seconds`);
  }
  return value * 1_000;
}

function malformed(raw: string, reason: string): ConfigurationError {
  return new ConfigurationError(
    `jwt is not a readable JWT (${typeof raw === 'string' ? describeSecret(raw) : typeof raw}): ${reason}. Pass the token itself (three base64url parts joined by dots), without "Bearer " or a cookie name.`,
    { option: 'jwt' },
  );
}
