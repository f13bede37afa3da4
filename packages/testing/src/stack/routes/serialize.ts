import type {
  ApiKeyRecord,
  ContactChannelRecord,
  TeamRecord,
  UserRecord,
} from '../store/records.js';
import type { StackStore } from '../store/stack-store.js';
import { restrictedReason } from '../store/user-status.js';

/** Research §4 `crud/teams.ts`: the client read lacks `server_metadata` and `created_at_millis`. */
export function teamJson(team: TeamRecord, view: 'client' | 'server'): Record<string, unknown> {
  const client = {
    id: team.id,
    display_name: team.displayName,
    profile_image_url: team.profileImageUrl,
    client_metadata: team.clientMetadata,
    client_read_only_metadata: team.clientReadOnlyMetadata,
  };
  if (view === 'client') return client;
  return {
    ...client,
    server_metadata: team.serverMetadata,
    created_at_millis: team.createdAtMillis,
  };
}

/** `crud/users.ts`: the client read of the current user lacks the server-only fields. */
export function userJson(
  store: StackStore,
  user: UserRecord,
  view: 'client' | 'server',
): Record<string, unknown> {
  const primary = store.primaryChannel(user.id);
  const selectedTeam =
    user.selectedTeamId === null ? undefined : store.teams.get(user.selectedTeamId);
  const reason = restrictedReason(user);
  const client = {
    id: user.id,
    primary_email: primary?.value ?? null,
    primary_email_verified: primary?.isVerified ?? false,
    primary_email_auth_enabled: primary?.usedForAuth ?? false,
    display_name: user.displayName,
    profile_image_url: user.profileImageUrl,
    signed_up_at_millis: user.signedUpAtMillis,
    has_password: user.hasPassword,
    otp_auth_enabled: user.otpAuthEnabled,
    passkey_auth_enabled: user.passkeyAuthEnabled,
    client_metadata: user.clientMetadata,
    client_read_only_metadata: user.clientReadOnlyMetadata,
    selected_team_id: selectedTeam === undefined ? null : selectedTeam.id,
    selected_team: selectedTeam === undefined ? null : teamJson(selectedTeam, view),
    is_anonymous: user.isAnonymous,
    is_restricted: reason !== null,
    restricted_reason: reason,
    requires_totp_mfa: false,
    oauth_providers: [],
    auth_with_email: (primary?.usedForAuth ?? false) || user.hasPassword,
  };
  if (view === 'client') return client;
  return {
    ...client,
    server_metadata: user.serverMetadata,
    last_active_at_millis: user.lastActiveAtMillis,
    restricted_by_admin: user.restrictedByAdmin,
    restricted_by_admin_reason: user.restrictedByAdminReason,
    restricted_by_admin_private_details: null,
  };
}

export function channelJson(channel: ContactChannelRecord): Record<string, unknown> {
  return {
    id: channel.id,
    user_id: channel.userId,
    value: channel.value,
    type: channel.type,
    used_for_auth: channel.usedForAuth,
    is_verified: channel.isVerified,
    is_primary: channel.isPrimary,
  };
}

/** Research §4: the plaintext `value` only at creation; later reads show `{ last_four }`. */
export function apiKeyJson(key: ApiKeyRecord, showValue: boolean): Record<string, unknown> {
  return {
    id: key.id,
    type: key.type,
    ...(key.type === 'user' ? { user_id: key.ownerId } : { team_id: key.ownerId }),
    description: key.description,
    is_public: key.isPublic,
    created_at_millis: key.createdAtMillis,
    ...(key.expiresAtMillis === null ? {} : { expires_at_millis: key.expiresAtMillis }),
    ...(key.manuallyRevokedAtMillis === null
      ? {}
      : { manually_revoked_at_millis: key.manuallyRevokedAtMillis }),
    value: showValue ? key.value : { last_four: key.value.slice(-4) },
  };
}

/** Research §4: non-paginated lists; only `GET /users` paginates. */
export function listJson(items: readonly unknown[]): Record<string, unknown> {
  return { items, is_paginated: false };
}

export const SUCCESS = { success: true } as const;
