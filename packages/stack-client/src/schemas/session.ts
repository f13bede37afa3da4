import { Secret } from '@core/auth';
import { type LazyInput, lazySchema } from '@core/auth/zod';
import * as z from 'zod/mini';
import { flag, nullableMillisDate } from './common.js';

/** A session as `GET /auth/sessions` lists it (research §4). */
export interface StackSession {
  id: string;
  userId: string;
  createdAt: Date | null;
  lastUsedAt: Date | null;
  isImpersonation: boolean;
  isCurrentSession: boolean;
}

export const sessionSchema = lazySchema(() =>
  z.pipe(
    z.object({
      id: z.string(),
      user_id: z.string(),
      created_at: nullableMillisDate(),
      last_used_at: nullableMillisDate(),
      is_impersonation: flag(),
      is_current_session: flag(),
    }),
    z.transform(
      (s): StackSession => ({
        id: s.id,
        userId: s.user_id,
        createdAt: s.created_at,
        lastUsedAt: s.last_used_at,
        isImpersonation: s.is_impersonation,
        isCurrentSession: s.is_current_session,
      }),
    ),
  ),
);

/** New session tokens, as Secrets so they never print. Pass them to `withUser`. */
export interface StackSessionTokens {
  accessToken: Secret;
  refreshToken: Secret;
}

export const sessionTokensSchema = lazySchema(() =>
  z.pipe(
    z.object({
      access_token: z.string().check(z.minLength(1)),
      refresh_token: z.string().check(z.minLength(1)),
    }),
    z.transform(
      (t): StackSessionTokens => ({
        accessToken: Secret.from(t.access_token),
        refreshToken: Secret.from(t.refresh_token),
      }),
    ),
  ),
);

/** Research §4: `expires_in_millis` may be at most 367 days. */
export const MAX_SESSION_EXPIRES_IN_MS = 367 * 24 * 60 * 60 * 1_000;

/** `POST /auth/sessions` body (research §4). */
export const createSessionInput = lazySchema(() =>
  z.pipe(
    z.strictObject({
      userId: z.string().check(z.minLength(1)),
      /** @default 365 days, the server's default */
      expiresInMs: z.optional(z.int().check(z.positive(), z.lte(MAX_SESSION_EXPIRES_IN_MS))),
      /** An impersonation session (listed only to admins). */
      isImpersonation: z.optional(z.boolean()),
    }),
    z.transform((s) => ({
      user_id: s.userId,
      ...(s.expiresInMs === undefined ? {} : { expires_in_millis: s.expiresInMs }),
      ...(s.isImpersonation === undefined ? {} : { is_impersonation: s.isImpersonation }),
    })),
  ),
);
/** What {@link createSessionInput} accepts. */
export type CreateSessionInput = LazyInput<typeof createSessionInput>;
