import { type LazyInput, lazySchema } from '@core/auth/zod';
import * as z from 'zod/mini';
import { jsonInput, toWire } from './common.js';

// What callers send about users: strict (research §1.7), camelCase, sent as snake_case.

const sharedUserFields = () => ({
  displayName: z.optional(z.nullable(z.string())),
  profileImageUrl: z.optional(z.nullable(z.string())),
  clientMetadata: z.optional(jsonInput()),
  otpAuthEnabled: z.optional(z.boolean()),
  passkeyAuthEnabled: z.optional(z.boolean()),
});
const email = () => z.optional(z.nullable(z.string().check(z.minLength(1))));
const serverUserFields = () => ({
  ...sharedUserFields(),
  primaryEmail: email(),
  primaryEmailVerified: z.optional(z.boolean()),
  primaryEmailAuthEnabled: z.optional(z.boolean()),
  clientReadOnlyMetadata: z.optional(jsonInput()),
  serverMetadata: z.optional(jsonInput()),
  password: z.optional(z.nullable(z.string().check(z.minLength(1)))),
  passwordHash: z.optional(z.string().check(z.minLength(1))),
});

/** `POST /users` body fields (server access), camelCase. */
export const createUserInput = lazySchema(() =>
  z.pipe(
    z.strictObject({ ...serverUserFields(), isAnonymous: z.optional(z.boolean()) }),
    z.transform((fields) => toWire(fields)),
  ),
);
/** What {@link createUserInput} accepts. */
export type CreateUserInput = LazyInput<typeof createUserInput>;

/** `PATCH /users/{id}` body fields (server access); `passwordHash` revokes sessions. */
export const updateUserInput = lazySchema(() =>
  z.pipe(
    z.strictObject({
      ...serverUserFields(),
      selectedTeamId: z.optional(z.nullable(z.string())),
    }),
    z.transform((fields) => toWire(fields)),
  ),
);
/** What {@link updateUserInput} accepts. */
export type UpdateUserInput = LazyInput<typeof updateUserInput>;

/** `PATCH /users/me` fields a client may change (research §4). */
export const updateCurrentUserInput = lazySchema(() =>
  z.pipe(
    z.strictObject({
      ...sharedUserFields(),
      selectedTeamId: z.optional(z.nullable(z.string())),
      primaryEmail: email(),
      totpSecretBase64: z.optional(z.nullable(z.string())),
    }),
    z.transform((fields) => toWire(fields)),
  ),
);
/** What {@link updateCurrentUserInput} accepts. */
export type UpdateCurrentUserInput = LazyInput<typeof updateCurrentUserInput>;

/** Research §7: an explicit limit is always sent (the server's no-limit default changed). */
export const DEFAULT_LIST_USERS_LIMIT = 100;
/** hexclave/hexclave#1862 caps `limit` at 1000. */
export const MAX_LIST_USERS_LIMIT = 1_000;

/** `GET /users` query (research §4), camelCase. */
export const listUsersInput = lazySchema(() =>
  z.pipe(
    z.strictObject({
      limit: z._default(
        z.int().check(z.gte(1), z.lte(MAX_LIST_USERS_LIMIT)),
        DEFAULT_LIST_USERS_LIMIT,
      ),
      cursor: z.optional(z.string().check(z.minLength(1))),
      orderBy: z.optional(z.literal('signed_up_at')),
      desc: z.optional(z.boolean()),
      query: z.optional(z.string()),
      teamId: z.optional(z.string().check(z.minLength(1))),
      includeRestricted: z.optional(z.boolean()),
      includeAnonymous: z.optional(z.boolean()),
      onlyAnonymous: z.optional(z.boolean()),
    }),
    z.transform((q) => toWire(q) as Record<string, string | number | boolean>),
  ),
);
/** What {@link listUsersInput} accepts; `limit` defaults to 100. */
export type ListUsersInput = LazyInput<typeof listUsersInput>;
