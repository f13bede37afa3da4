import { randomBytes, randomUUID } from 'node:crypto';
import { DEFAULT_REFRESH_TOKEN_LIFETIME_MS } from '../constants.js';
import { KnownError } from '../known-errors.js';
import type { StackWorld } from '../stack-world.js';
import type { SessionRecord } from '../store/records.js';
import { signAccessToken } from './access-tokens.js';

/** Research §3: refresh tokens are opaque random strings, valid 365 days by default. */
export function openSession(
  world: StackWorld,
  userId: string,
  options: { lifetimeMs?: number; isImpersonation?: boolean } = {},
): SessionRecord {
  const now = world.store.clock();
  const session: SessionRecord = {
    id: randomUUID(),
    userId,
    refreshToken: randomBytes(32).toString('base64url'),
    createdAtMillis: now,
    lastUsedAtMillis: now,
    expiresAtMillis: now + (options.lifetimeMs ?? DEFAULT_REFRESH_TOKEN_LIFETIME_MS),
    isImpersonation: options.isImpersonation ?? false,
  };
  world.store.sessions.set(session.id, session);
  return session;
}

export function isLive(world: StackWorld, session: SessionRecord): boolean {
  return session.expiresAtMillis > world.store.clock() && world.store.users.has(session.userId);
}

/**
 * Research §3 `POST /auth/sessions/current/refresh`: a new access token for the session; the
 * refresh token is not rotated. Unknown, expired, signed-out or user-deleted sessions are all
 * 401 `REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED`.
 */
export async function refreshSession(world: StackWorld, refreshToken: string): Promise<string> {
  const session = world.store.sessionByRefreshToken(refreshToken);
  if (session === undefined || !isLive(world, session)) {
    throw new KnownError('REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED');
  }
  session.lastUsedAtMillis = world.store.clock();
  const user = world.store.user(session.userId);
  const accessToken = await signAccessToken(world, user, session.id, world.accessTokenLifetimeMs);
  world.stats.refreshes += 1;
  return accessToken;
}
