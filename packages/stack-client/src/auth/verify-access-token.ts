import { type RedactedUrl, Redactor, Secret } from '@core/auth';
import type { JWTPayload } from 'jose';
import type { RemoteJWKSetOptions } from 'jose/jwks/remote';
import { PACKAGE_NAME } from '../version.js';
import {
  accessTokenPayload,
  type StackAccessTokenClaims,
  toClaims,
} from './access-token-claims.js';
import {
  type AccessTokenRejection,
  AccessTokenVerificationError,
} from './access-token-verification-error.js';
import { JwksFetchFailure, jwksFetch, jwksNetworkError } from './jwks-fetch.js';
import { type Jose, loadJose } from './load-jose.js';
import { jwksUrl, tokenAudiences } from './token-audiences.js';
import { verifyOptions } from './verify-options.js';

/** Clock skew accepted on `exp`, `iat` and `nbf`. @default 5 */
export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 5;
/** Research §3: the JWKS is served with `max-age=3600`. @default 3_600_000 */
export const JWKS_CACHE_MAX_AGE_MS = 3_600_000;

/** Options of `verifyAccessToken`. */
export interface VerifyAccessTokenOptions {
  /** Accept anonymous users' tokens (`:anon` audience); implies restricted. @default false */
  allowAnonymous?: boolean;
  /** Accept restricted users' tokens (`:restricted` audience). @default false */
  allowRestricted?: boolean;
  /** @default DEFAULT_CLOCK_TOLERANCE_SECONDS (5) */
  clockToleranceSeconds?: number;
}

type Jwks = ReturnType<Jose['createRemoteJWKSet']>;

interface Verifier {
  jwks: Jwks;
  request: { method: string; url: RedactedUrl };
  audiences: ReturnType<typeof tokenAudiences>;
  issuers: string[];
  audienceNames: string[];
}

const JOSE_REASONS: Record<string, AccessTokenRejection> = {
  ERR_JWT_EXPIRED: 'expired',
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'signature',
  ERR_JWKS_NO_MATCHING_KEY: 'signature',
  ERR_JWKS_MULTIPLE_MATCHING_KEYS: 'signature',
  ERR_JOSE_ALG_NOT_ALLOWED: 'algorithm',
  ERR_JWT_CLAIM_VALIDATION_FAILED: 'issuer-or-audience',
  ERR_JWS_INVALID: 'malformed',
  ERR_JWT_INVALID: 'malformed',
  // e.g. a `crit` header naming an extension we do not implement (RFC 7515 §4.1.11).
  ERR_JOSE_NOT_SUPPORTED: 'malformed',
  // A JWKS that came with 200 but holds no usable key set: nothing can verify the token.
  ERR_JWKS_INVALID: 'signature',
  ERR_JOSE_GENERIC: 'signature',
};

/**
 * Verifies Stack access tokens locally (research §3, `jwts.mdx`): ES256 only, keys from the
 * project's JWKS (one cached remote set per combination of allowed user types), and the
 * exact issuer and audience of each allowed user type, checked as a pair.
 */
export function createTokenVerifier(config: {
  baseUrl: string;
  projectId: string;
  fetch: typeof globalThis.fetch | undefined;
}): (
  token: string | Secret,
  options?: VerifyAccessTokenOptions,
) => Promise<StackAccessTokenClaims> {
  // Everything but the token depends only on which user types are allowed: build it once per
  // combination (four at most), not per call.
  const verifiers = new Map<string, Verifier>();
  const verifierFor = (
    { createRemoteJWKSet, customFetch }: Jose,
    options: VerifyAccessTokenOptions,
  ): Verifier => {
    const key = `${options.allowAnonymous === true}|${options.allowRestricted === true}`;
    let verifier = verifiers.get(key);
    if (verifier === undefined) {
      const url = jwksUrl(config.baseUrl, config.projectId, options);
      const jwksOptions: RemoteJWKSetOptions = {
        cacheMaxAge: JWKS_CACHE_MAX_AGE_MS,
        [customFetch]: jwksFetch(config.fetch),
      };
      const audiences = tokenAudiences(config.baseUrl, config.projectId, options);
      verifier = {
        jwks: createRemoteJWKSet(url, jwksOptions),
        request: { method: 'GET', url: new Redactor([]).url(url) },
        audiences,
        issuers: audiences.map((a) => a.issuer),
        audienceNames: audiences.map((a) => a.audience),
      };
      verifiers.set(key, verifier);
    }
    return verifier;
  };

  return async (token, given) => {
    const options = verifyOptions(given);
    const jose = await loadJose();
    const { decodeProtectedHeader, jwtVerify } = jose;
    const { jwks, request, audiences, issuers, audienceNames } = verifierFor(jose, options);
    const reject = (reason: AccessTokenRejection, why: string) =>
      new AccessTokenVerificationError(
        `The access token was rejected (${reason}): ${why}. Ask the user to sign in again, or refresh the token.`,
        { provider: PACKAGE_NAME, status: 401, request, reason },
      );
    const raw = Secret.isSecret(token) ? token.reveal() : token;
    if (typeof raw !== 'string' || raw.split('.').length !== 3) {
      throw reject('malformed', 'it is not a compact JWT (three base64url parts)');
    }
    try {
      decodeProtectedHeader(raw);
    } catch {
      throw reject('malformed', 'its header is not base64url JSON');
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(raw, jwks, {
        algorithms: ['ES256'],
        issuer: issuers,
        audience: audienceNames,
        clockTolerance: options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['sub', 'exp', 'iat'],
      }));
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      // Only a failure to read the keys is a NetworkError; anything else jose refused
      // (a `crit` header, a bad JWS, a claim) is the token's fault.
      if (error instanceof JwksFetchFailure || code === 'ERR_JWKS_TIMEOUT') {
        throw jwksNetworkError(error, { url: request.url, projectId: config.projectId });
      }
      const claim = (error as { claim?: unknown } | null)?.claim;
      const reason =
        code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && claim !== 'iss' && claim !== 'aud'
          ? 'claims'
          : ((typeof code === 'string' ? JOSE_REASONS[code] : undefined) ?? 'malformed');
      // jose's messages are fixed strings about claims and headers, never the token itself.
      throw reject(reason, error instanceof Error ? error.message : 'verification failed');
    }
    // The lists above accept any issuer with any audience; Stack pairs them per user type.
    const match = audiences.find(
      (a) => a.issuer === payload.iss && [payload.aud].flat().includes(a.audience),
    );
    if (match === undefined) {
      throw reject('issuer-or-audience', 'its issuer and audience belong to different user types');
    }
    const parsed = accessTokenPayload.safeParse(payload);
    if (!parsed.success || parsed.data.project_id !== config.projectId) {
      throw reject('claims', 'its claims do not describe a user of this project');
    }
    return toClaims(parsed.data, match.userType, payload);
  };
}
