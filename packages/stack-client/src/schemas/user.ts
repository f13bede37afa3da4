import { z } from 'zod';
import {
  flag,
  jsonInput,
  metadata,
  millisDate,
  nullableMillisDate,
  nullableString,
  toWire,
} from './common.js';

/**
 * A user (research §4, `crud/users.ts`), camelCased; `*_millis` are Dates. A client-access
 * read has no `serverMetadata` (null).
 */
export interface StackUser {
  id: string;
  primaryEmail: string | null;
  primaryEmailVerified: boolean;
  primaryEmailAuthEnabled: boolean;
  displayName: string | null;
  profileImageUrl: string | null;
  selectedTeamId: string | null;
  signedUpAt: Date;
  lastActiveAt: Date | null;
  hasPassword: boolean;
  otpAuthEnabled: boolean;
  passkeyAuthEnabled: boolean;
  isAnonymous: boolean;
  isRestricted: boolean;
  clientMetadata: unknown;
  clientReadOnlyMetadata: unknown;
  serverMetadata: unknown;
}

export const userSchema = z
  .object({
    id: z.string(),
    primary_email: nullableString,
    primary_email_verified: flag,
    primary_email_auth_enabled: flag,
    display_name: nullableString,
    profile_image_url: nullableString,
    selected_team_id: nullableString,
    signed_up_at_millis: millisDate,
    last_active_at_millis: nullableMillisDate,
    has_password: flag,
    otp_auth_enabled: flag,
    passkey_auth_enabled: flag,
    is_anonymous: flag,
    is_restricted: flag,
    client_metadata: metadata,
    client_read_only_metadata: metadata,
    server_metadata: metadata,
  })
  .transform(
    (u): StackUser => ({
      id: u.id,
      primaryEmail: u.primary_email,
      primaryEmailVerified: u.primary_email_verified,
      primaryEmailAuthEnabled: u.primary_email_auth_enabled,
      displayName: u.display_name,
      profileImageUrl: u.profile_image_url,
      selectedTeamId: u.selected_team_id,
      signedUpAt: u.signed_up_at_millis,
      lastActiveAt: u.last_active_at_millis,
      hasPassword: u.has_password,
      otpAuthEnabled: u.otp_auth_enabled,
      passkeyAuthEnabled: u.passkey_auth_enabled,
      isAnonymous: u.is_anonymous,
      isRestricted: u.is_restricted,
      clientMetadata: u.client_metadata,
      clientReadOnlyMetadata: u.client_read_only_metadata,
      serverMetadata: u.server_metadata,
    }),
  );

/** A page of users, with the cursor of the next page (null on the last). */
export interface StackUserPage {
  items: StackUser[];
  nextCursor: string | null;
}

export const userPageSchema = z
  .object({
    items: z.array(userSchema),
    is_paginated: z.boolean().optional(),
    pagination: z.object({ next_cursor: z.string().nullish() }).nullish(),
  })
  .transform(
    (page): StackUserPage => ({
      items: page.items,
      nextCursor: page.pagination?.next_cursor ?? null,
    }),
  );

const email = z.string().min(1);
const sharedUserFields = {
  displayName: z.string().nullable().optional(),
  profileImageUrl: z.string().nullable().optional(),
  clientMetadata: jsonInput.optional(),
  otpAuthEnabled: z.boolean().optional(),
  passkeyAuthEnabled: z.boolean().optional(),
};
const serverUserFields = {
  ...sharedUserFields,
  primaryEmail: email.nullable().optional(),
  primaryEmailVerified: z.boolean().optional(),
  primaryEmailAuthEnabled: z.boolean().optional(),
  clientReadOnlyMetadata: jsonInput.optional(),
  serverMetadata: jsonInput.optional(),
  password: z.string().min(1).nullable().optional(),
  passwordHash: z.string().min(1).optional(),
};

/** `POST /users` body fields (server access), camelCase. */
export const createUserInput = z
  .strictObject({ ...serverUserFields, isAnonymous: z.boolean().optional() })
  .transform(toWire);
/** What {@link createUserInput} accepts. */
export type CreateUserInput = z.input<typeof createUserInput>;

/** `PATCH /users/{id}` body fields (server access); `passwordHash` revokes sessions. */
export const updateUserInput = z
  .strictObject({ ...serverUserFields, selectedTeamId: z.string().nullable().optional() })
  .transform(toWire);
/** What {@link updateUserInput} accepts. */
export type UpdateUserInput = z.input<typeof updateUserInput>;

/** `PATCH /users/me` fields a client may change (research §4). */
export const updateCurrentUserInput = z
  .strictObject({
    ...sharedUserFields,
    selectedTeamId: z.string().nullable().optional(),
    primaryEmail: email.nullable().optional(),
    totpSecretBase64: z.string().nullable().optional(),
  })
  .transform(toWire);
/** What {@link updateCurrentUserInput} accepts. */
export type UpdateCurrentUserInput = z.input<typeof updateCurrentUserInput>;

/** Research §7: an explicit limit is always sent (the server's no-limit default changed). */
export const DEFAULT_LIST_USERS_LIMIT = 100;
/** hexclave/hexclave#1862 caps `limit` at 1000. */
export const MAX_LIST_USERS_LIMIT = 1_000;

/** `GET /users` query (research §4), camelCase. */
export const listUsersInput = z
  .strictObject({
    limit: z.number().int().min(1).max(MAX_LIST_USERS_LIMIT).default(DEFAULT_LIST_USERS_LIMIT),
    cursor: z.string().min(1).optional(),
    orderBy: z.literal('signed_up_at').optional(),
    desc: z.boolean().optional(),
    query: z.string().optional(),
    teamId: z.string().min(1).optional(),
    includeRestricted: z.boolean().optional(),
    includeAnonymous: z.boolean().optional(),
    onlyAnonymous: z.boolean().optional(),
  })
  .transform((q) => toWire(q) as Record<string, string | number | boolean>);
/** What {@link listUsersInput} accepts; `limit` defaults to 100. */
export type ListUsersInput = z.input<typeof listUsersInput>;
