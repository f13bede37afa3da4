/** In-memory rows of the fake Stack project; wire shapes are built in `serialize.ts`. */

export type Metadata = Record<string, unknown> | null;

export interface UserRecord {
  readonly id: string;
  displayName: string | null;
  profileImageUrl: string | null;
  signedUpAtMillis: number;
  lastActiveAtMillis: number;
  hasPassword: boolean;
  otpAuthEnabled: boolean;
  passkeyAuthEnabled: boolean;
  clientMetadata: Metadata;
  clientReadOnlyMetadata: Metadata;
  serverMetadata: Metadata;
  selectedTeamId: string | null;
  isAnonymous: boolean;
  restrictedByAdmin: boolean;
  restrictedByAdminReason: string | null;
}

export interface TeamRecord {
  readonly id: string;
  displayName: string;
  profileImageUrl: string | null;
  clientMetadata: Metadata;
  clientReadOnlyMetadata: Metadata;
  serverMetadata: Metadata;
  readonly createdAtMillis: number;
}

export interface SessionRecord {
  readonly id: string;
  readonly userId: string;
  readonly refreshToken: string;
  readonly createdAtMillis: number;
  lastUsedAtMillis: number;
  readonly expiresAtMillis: number;
  readonly isImpersonation: boolean;
}

export interface ContactChannelRecord {
  readonly id: string;
  readonly userId: string;
  value: string;
  type: 'email';
  usedForAuth: boolean;
  isVerified: boolean;
  isPrimary: boolean;
}

export type ApiKeyType = 'user' | 'team';

export interface ApiKeyRecord {
  readonly id: string;
  readonly type: ApiKeyType;
  /** The user id for a user key, the team id for a team key. */
  readonly ownerId: string;
  readonly value: string;
  description: string;
  readonly expiresAtMillis: number | null;
  manuallyRevokedAtMillis: number | null;
  readonly createdAtMillis: number;
  readonly isPublic: boolean;
}

/** Permission definitions and what each one contains (for `recursive=true`). */
export const TEAM_PERMISSIONS: Readonly<Record<string, readonly string[]>> = {
  team_admin: [
    'team_member',
    '$update_team',
    '$delete_team',
    '$remove_members',
    '$manage_api_keys',
  ],
  team_member: ['$read_members', '$invite_members'],
  $update_team: [],
  $delete_team: [],
  $remove_members: [],
  $read_members: [],
  $invite_members: [],
  $manage_api_keys: [],
};

export const PROJECT_PERMISSIONS: Readonly<Record<string, readonly string[]>> = {
  admin: ['moderator'],
  moderator: [],
};
