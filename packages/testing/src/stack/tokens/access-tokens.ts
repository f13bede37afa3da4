import { decodeJwt, errors, jwtVerify, SignJWT } from 'jose';
import { API_PREFIX, DEFAULT_BRANCH_ID } from '../constants.js';
import { KnownError } from '../known-errors.js';
import type { UserRecord } from '../store/records.js';
import type { StackStore } from '../store/stack-store.js';
import { restrictedReason } from '../store/user-status.js';
import type { SigningKeys, UserKind } from './signing-keys.js';

/** What a valid access token says, as `parseAuth` needs it. */
export interface AccessTokenClaims {
  readonly userId: string;
  readonly projectId: string;
  readonly refreshTokenId: string;
  readonly isAnonymous: boolean;
  readonly isRestricted: boolean;
  readonly restrictedReason: unknown;
}

export interface TokenContext {
  readonly origin: string;
  readonly projectId: string;
  readonly keys: SigningKeys;
  readonly store: StackStore;
}

export function userKind(user: UserRecord): UserKind {
  if (user.isAnonymous) return 'anonymous';
  return restrictedReason(user) === null ? 'normal' : 'restricted';
}

/** Research §3 `getIssuer`/`getAudience`: the suffixes differ per user type (see #857). */
export function issuerAndAudience(
  origin: string,
  projectId: string,
  kind: UserKind,
): { issuer: string; audience: string } {
  switch (kind) {
    case 'normal':
      return { issuer: `${origin}${API_PREFIX}/projects/${projectId}`, audience: projectId };
    case 'restricted':
      return {
        issuer: `${origin}${API_PREFIX}/projects-restricted-users/${projectId}`,
        audience: `${projectId}:restricted`,
      };
    case 'anonymous':
      return {
        issuer: `${origin}${API_PREFIX}/projects-anonymous-users/${projectId}`,
        audience: `${projectId}:anon`,
      };
  }
}

/** Signs an ES256 access token with the claims of research §3, a snapshot of `user` now. */
export async function signAccessToken(
  context: TokenContext,
  user: UserRecord,
  refreshTokenId: string,
  expiresInMs: number,
): Promise<string> {
  const now = context.store.clock();
  const kind = userKind(user);
  const { issuer, audience } = issuerAndAudience(context.origin, context.projectId, kind);
  const primary = context.store.primaryChannel(user.id);
  const reason = restrictedReason(user);
  return new SignJWT({
    project_id: context.projectId,
    branch_id: DEFAULT_BRANCH_ID,
    refresh_token_id: refreshTokenId,
    role: 'authenticated',
    name: user.displayName,
    email: primary?.value ?? null,
    email_verified: primary?.isVerified ?? false,
    selected_team_id: user.selectedTeamId,
    signed_up_at: Math.floor(user.signedUpAtMillis / 1000),
    is_anonymous: user.isAnonymous,
    is_restricted: reason !== null,
    restricted_reason: reason,
    requires_totp_mfa: false,
  })
    .setProtectedHeader({ alg: 'ES256', kid: context.keys[kind].kid, typ: 'JWT' })
    .setSubject(user.id)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt(Math.floor(now / 1000))
    .setExpirationTime(Math.floor((now + expiresInMs) / 1000))
    .sign(context.keys[kind].privateKey);
}

/**
 * Verifies a token this server signed, against the server's clock. Research §1.3: a bad
 * token is `UNPARSABLE_ACCESS_TOKEN`, an expired one `ACCESS_TOKEN_EXPIRED` with details.
 */
export async function verifyAccessToken(
  context: TokenContext,
  token: string,
): Promise<AccessTokenClaims> {
  const keyFor = (kid: string | undefined) =>
    Object.values(context.keys).find((key) => key.kid === kid)?.publicJwk;
  try {
    const { payload } = await jwtVerify(
      token,
      async (header) => {
        const jwk = keyFor(header.kid);
        if (jwk === undefined) throw new errors.JWKSNoMatchingKey();
        return jwk;
      },
      { algorithms: ['ES256'], currentDate: new Date(context.store.clock()) },
    );
    return claimsOf(payload);
  } catch (error) {
    if (error instanceof errors.JWTExpired) {
      const payload = decodeJwt(token);
      throw new KnownError('ACCESS_TOKEN_EXPIRED', {
        expired_at_millis: (payload.exp ?? 0) * 1000,
        project_id: payload.project_id ?? null,
        user_id: payload.sub ?? null,
        refresh_token_id: payload.refresh_token_id ?? null,
      });
    }
    throw new KnownError('UNPARSABLE_ACCESS_TOKEN');
  }
}

function claimsOf(payload: Record<string, unknown>): AccessTokenClaims {
  const { sub, project_id, refresh_token_id } = payload;
  if (typeof sub !== 'string' || typeof project_id !== 'string') {
    throw new KnownError('UNPARSABLE_ACCESS_TOKEN');
  }
  return {
    userId: sub,
    projectId: project_id,
    refreshTokenId: typeof refresh_token_id === 'string' ? refresh_token_id : '',
    isAnonymous: payload.is_anonymous === true,
    isRestricted: payload.is_restricted === true,
    restrictedReason: payload.restricted_reason ?? null,
  };
}
