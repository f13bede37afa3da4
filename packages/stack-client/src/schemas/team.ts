import { type LazyInput, lazySchema } from '@core/auth/zod';
import * as z from 'zod/mini';
import { jsonInput, metadata, nullableMillisDate, nullableString, toWire } from './common.js';

/** A team (research §4, `crud/teams.ts`), camelCased. */
export interface StackTeam {
  id: string;
  displayName: string;
  profileImageUrl: string | null;
  createdAt: Date | null;
  clientMetadata: unknown;
  clientReadOnlyMetadata: unknown;
  serverMetadata: unknown;
}

export const teamSchema = lazySchema(() =>
  z.pipe(
    z.object({
      id: z.string(),
      display_name: z.string(),
      profile_image_url: nullableString(),
      created_at_millis: nullableMillisDate(),
      client_metadata: metadata(),
      client_read_only_metadata: metadata(),
      server_metadata: metadata(),
    }),
    z.transform(
      (t): StackTeam => ({
        id: t.id,
        displayName: t.display_name,
        profileImageUrl: t.profile_image_url,
        createdAt: t.created_at_millis,
        clientMetadata: t.client_metadata,
        clientReadOnlyMetadata: t.client_read_only_metadata,
        serverMetadata: t.server_metadata,
      }),
    ),
  ),
);

/** A membership as `POST /team-memberships/{team}/{user}` answers it. */
export interface StackTeamMembership {
  teamId: string;
  userId: string;
}

export const membershipSchema = lazySchema(() =>
  z.pipe(
    z.object({ team_id: z.string(), user_id: z.string() }),
    z.transform((m): StackTeamMembership => ({ teamId: m.team_id, userId: m.user_id })),
  ),
);

const teamFields = () => ({
  profileImageUrl: z.optional(z.nullable(z.string())),
  clientMetadata: z.optional(jsonInput()),
  clientReadOnlyMetadata: z.optional(jsonInput()),
  serverMetadata: z.optional(jsonInput()),
});

/** `POST /teams` body (research §4; `add_current_user` is deprecated and not offered). */
export const createTeamInput = lazySchema(() =>
  z.pipe(
    z.strictObject({
      displayName: z.string().check(z.minLength(1)),
      creatorUserId: z.optional(z.string().check(z.minLength(1))),
      ...teamFields(),
    }),
    z.transform((fields) => toWire(fields)),
  ),
);
/** What {@link createTeamInput} accepts. */
export type CreateTeamInput = LazyInput<typeof createTeamInput>;

/** `PATCH /teams/{id}` body. */
export const updateTeamInput = lazySchema(() =>
  z.pipe(
    z.strictObject({
      displayName: z.optional(z.string().check(z.minLength(1))),
      ...teamFields(),
    }),
    z.transform((fields) => toWire(fields)),
  ),
);
/** What {@link updateTeamInput} accepts. */
export type UpdateTeamInput = LazyInput<typeof updateTeamInput>;
