import { z } from 'zod';
import { KnownError } from '../known-errors.js';
import type { UserRecord } from '../store/records.js';
import type { StackStore } from '../store/stack-store.js';
import { email, metadata, uuid } from './schema-fields.js';

/** `crud/current-user.ts`: what client access may change on its own user. */
const clientUpdateShape = {
  display_name: z.string().nullable(),
  profile_image_url: z.string().nullable(),
  client_metadata: metadata,
  selected_team_id: uuid.nullable(),
  totp_secret_base64: z.string().nullable(),
  otp_auth_enabled: z.boolean(),
  passkey_auth_enabled: z.boolean(),
  primary_email: email.nullable(),
};
export const CLIENT_UPDATE_KEYS: ReadonlySet<string> = new Set(Object.keys(clientUpdateShape));

/** `crud/users.ts`: the server update adds metadata, verification, passwords and restriction. */
const serverUpdateShape = {
  ...clientUpdateShape,
  client_read_only_metadata: metadata,
  server_metadata: metadata,
  primary_email_verified: z.boolean(),
  primary_email_auth_enabled: z.boolean(),
  password: z.string().min(1).nullable(),
  password_hash: z.string(),
  is_anonymous: z.boolean(),
  restricted_by_admin: z.boolean(),
  restricted_by_admin_reason: z.string().nullable(),
  restricted_by_admin_private_details: z.string().nullable(),
};

export const serverUserUpdate = z.strictObject(serverUpdateShape).partial();
export type UserUpdate = z.output<typeof serverUserUpdate>;
export const serverUserCreate = serverUserUpdate;

/** Applies an update; research §4: setting `password_hash` revokes every session. */
export function applyUserUpdate(store: StackStore, user: UserRecord, body: UserUpdate): void {
  if (body.primary_email !== undefined) setPrimaryEmail(store, user, body);
  const primary = store.primaryChannel(user.id);
  if (primary !== undefined) {
    if (body.primary_email_verified !== undefined) primary.isVerified = body.primary_email_verified;
    if (body.primary_email_auth_enabled !== undefined) {
      assertEmailFree(store, primary.value, user.id);
      primary.usedForAuth = body.primary_email_auth_enabled;
    }
  }
  if (body.selected_team_id !== undefined) {
    if (body.selected_team_id !== null) {
      store.team(body.selected_team_id);
      if (!store.isMember(body.selected_team_id, user.id)) {
        throw new KnownError('TEAM_MEMBERSHIP_NOT_FOUND', {
          team_id: body.selected_team_id,
          user_id: user.id,
        });
      }
    }
    user.selectedTeamId = body.selected_team_id;
  }
  if (body.display_name !== undefined) user.displayName = body.display_name;
  if (body.profile_image_url !== undefined) user.profileImageUrl = body.profile_image_url;
  if (body.client_metadata !== undefined) user.clientMetadata = body.client_metadata;
  if (body.client_read_only_metadata !== undefined)
    user.clientReadOnlyMetadata = body.client_read_only_metadata;
  if (body.server_metadata !== undefined) user.serverMetadata = body.server_metadata;
  if (body.otp_auth_enabled !== undefined) user.otpAuthEnabled = body.otp_auth_enabled;
  if (body.passkey_auth_enabled !== undefined) user.passkeyAuthEnabled = body.passkey_auth_enabled;
  if (body.is_anonymous !== undefined) user.isAnonymous = body.is_anonymous;
  if (body.restricted_by_admin !== undefined) user.restrictedByAdmin = body.restricted_by_admin;
  if (body.restricted_by_admin_reason !== undefined)
    user.restrictedByAdminReason = body.restricted_by_admin_reason;
  if (body.password !== undefined) user.hasPassword = body.password !== null;
  if (body.password_hash !== undefined) {
    user.hasPassword = true;
    for (const [id, session] of store.sessions)
      if (session.userId === user.id) store.sessions.delete(id);
  }
}

function setPrimaryEmail(store: StackStore, user: UserRecord, body: UserUpdate): void {
  const value = body.primary_email;
  const primary = store.primaryChannel(user.id);
  if (value === null || value === undefined) {
    if (primary !== undefined) store.channels.delete(primary.id);
    return;
  }
  const usedForAuth = body.primary_email_auth_enabled ?? primary?.usedForAuth ?? false;
  if (usedForAuth) assertEmailFree(store, value, user.id);
  if (primary === undefined) {
    store.addChannel({
      userId: user.id,
      value,
      type: 'email',
      usedForAuth,
      isVerified: body.primary_email_verified ?? false,
      isPrimary: true,
    });
  } else if (primary.value !== value) {
    primary.value = value;
    primary.isVerified = false;
  }
}

/** Research §2: 409 `USER_EMAIL_ALREADY_EXISTS` when another user signs in with this email. */
function assertEmailFree(store: StackStore, value: string, userId: string): void {
  if (store.findAuthChannel(value, userId) !== undefined) {
    throw new KnownError('USER_EMAIL_ALREADY_EXISTS', {
      email: value,
      would_work_if_email_was_verified: false,
    });
  }
}
