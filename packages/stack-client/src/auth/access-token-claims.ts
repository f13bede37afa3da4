import { type LazyOutput, lazySchema } from '@core/auth/zod';
import type { JWTPayload } from 'jose';
import * as z from 'zod/mini';
import { flag, nullableString } from '../schemas/common.js';

/** Which kind of user a token is for (research §3: each has its own issuer and audience). */
export type StackUserType = 'normal' | 'restricted' | 'anonymous';

/**
 * A verified access token's claims (research §3, `accessTokenPayloadSchema`), camelCased.
 * Claims are a snapshot taken when the token was signed.
 */
export interface StackAccessTokenClaims {
  /** `sub`. */
  userId: string;
  projectId: string;
  branchId: string;
  refreshTokenId: string | null;
  userType: StackUserType;
  name: string | null;
  email: string | null;
  emailVerified: boolean;
  selectedTeamId: string | null;
  isAnonymous: boolean;
  isRestricted: boolean;
  restrictedReason: { type: string } | null;
  requiresTotpMfa: boolean;
  issuedAt: Date;
  expiresAt: Date;
  /** Every claim as signed, for fields this version does not map. */
  raw: JWTPayload;
}

/** The claims we require beyond what jose checks; the rest is lenient. */
export const accessTokenPayload = lazySchema(() =>
  z.object({
    sub: z.string().check(z.minLength(1)),
    iat: z.number(),
    exp: z.number(),
    project_id: z.string(),
    branch_id: z.pipe(
      z.nullish(z.string()),
      z.transform((v) => v ?? 'main'),
    ),
    refresh_token_id: nullableString(),
    name: nullableString(),
    email: nullableString(),
    email_verified: flag(),
    selected_team_id: nullableString(),
    is_anonymous: flag(),
    is_restricted: flag(),
    restricted_reason: z.pipe(
      z.nullish(z.object({ type: z.string() })),
      z.transform((v) => v ?? null),
    ),
    requires_totp_mfa: flag(),
  }),
);

/** Maps a validated payload to the public claims. */
export function toClaims(
  payload: LazyOutput<typeof accessTokenPayload>,
  userType: StackUserType,
  raw: JWTPayload,
): StackAccessTokenClaims {
  return {
    userId: payload.sub,
    projectId: payload.project_id,
    branchId: payload.branch_id,
    refreshTokenId: payload.refresh_token_id,
    userType,
    name: payload.name,
    email: payload.email,
    emailVerified: payload.email_verified,
    selectedTeamId: payload.selected_team_id,
    isAnonymous: payload.is_anonymous,
    isRestricted: payload.is_restricted,
    restrictedReason: payload.restricted_reason,
    requiresTotpMfa: payload.requires_totp_mfa,
    issuedAt: new Date(payload.iat * 1_000),
    expiresAt: new Date(payload.exp * 1_000),
    raw,
  };
}
