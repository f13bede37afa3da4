import { lazySchema } from '@core/auth/zod';
import * as z from 'zod/mini';
import {
  flag,
  listOf,
  metadata,
  millisDate,
  nullableMillisDate,
  nullableString,
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

export const userSchema = lazySchema(() =>
  z.pipe(
    z.object({
      id: z.string(),
      primary_email: nullableString(),
      primary_email_verified: flag(),
      primary_email_auth_enabled: flag(),
      display_name: nullableString(),
      profile_image_url: nullableString(),
      selected_team_id: nullableString(),
      signed_up_at_millis: millisDate(),
      last_active_at_millis: nullableMillisDate(),
      has_password: flag(),
      otp_auth_enabled: flag(),
      passkey_auth_enabled: flag(),
      is_anonymous: flag(),
      is_restricted: flag(),
      client_metadata: metadata(),
      client_read_only_metadata: metadata(),
      server_metadata: metadata(),
    }),
    z.transform(
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
    ),
  ),
);

/** A page of users, with the cursor of the next page (null on the last). */
export interface StackUserPage {
  items: StackUser[];
  nextCursor: string | null;
}

export const userPageSchema = lazySchema(() =>
  z.pipe(
    listOf(userSchema.schema),
    z.transform(
      (page): StackUserPage => ({
        items: page.items,
        nextCursor: page.pagination?.next_cursor ?? null,
      }),
    ),
  ),
);
