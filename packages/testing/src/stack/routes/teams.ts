import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { KnownError, StatusError } from '../known-errors.js';
import type { Auth } from '../router/parse-auth.js';
import { CLIENT_OR_HIGHER, type Route, route } from '../router/route.js';
import type { StackWorld } from '../stack-world.js';
import type { TeamRecord } from '../store/records.js';
import { clientOwnUserId, currentUser, resolveUserId } from './current-user.js';
import { metadata, teamIdParams, userIdOrMe } from './schema-fields.js';
import { listJson, SUCCESS, teamJson } from './serialize.js';
import { hasTeamPermission } from './team-permissions.js';

const noQuery = z.strictObject({});
const teamUpdate = z.strictObject({
  display_name: z.string().min(1),
  profile_image_url: z.string().nullable(),
  client_metadata: metadata,
  client_read_only_metadata: metadata,
  server_metadata: metadata,
});
const SERVER_ONLY_KEYS = ['client_read_only_metadata', 'server_metadata'] as const;

/** `crud/teams.ts`: teams, read by members (client) or anyone (server). */
export const teamRoutes: readonly Route[] = [
  route(CLIENT_OR_HIGHER, {
    method: 'GET',
    path: '/teams',
    query: z.strictObject({ user_id: userIdOrMe.optional() }),
    handle: (ctx) => {
      const userId = clientOwnUserId(ctx, ctx.query.user_id, 'list teams');
      const { store } = ctx.world;
      const teams = [...store.teams.values()].filter(
        (team) => userId === undefined || store.isMember(team.id, userId),
      );
      return { json: listJson(teams.map((team) => teamJson(team, view(ctx.auth)))) };
    },
  }),
  route(CLIENT_OR_HIGHER, {
    method: 'POST',
    path: '/teams',
    query: noQuery,
    body: teamUpdate
      .partial()
      .required({ display_name: true })
      .extend({ creator_user_id: userIdOrMe.optional() }),
    handle: (ctx) => {
      // projects/current says client_team_creation_enabled: false, as a new real project does.
      if (ctx.auth.type === 'client') {
        throw new StatusError(400, 'Client team creation is disabled for this project');
      }
      const { store } = ctx.world;
      const creatorId =
        ctx.body.creator_user_id === undefined
          ? undefined
          : resolveUserId(ctx, ctx.body.creator_user_id);
      if (creatorId !== undefined) store.user(creatorId);
      const team: TeamRecord = {
        id: randomUUID(),
        displayName: ctx.body.display_name,
        profileImageUrl: ctx.body.profile_image_url ?? null,
        clientMetadata: ctx.body.client_metadata ?? null,
        clientReadOnlyMetadata: ctx.body.client_read_only_metadata ?? null,
        serverMetadata: ctx.body.server_metadata ?? null,
        createdAtMillis: store.clock(),
      };
      store.teams.set(team.id, team);
      if (creatorId !== undefined) {
        // The creator joins with the default creator permission.
        store.memberships.add(`${team.id}/${creatorId}`);
        store.teamGrants.add(`${team.id}/${creatorId}/team_admin`);
      }
      return { status: 201, json: teamJson(team, 'server') };
    },
  }),
  route(CLIENT_OR_HIGHER, {
    method: 'GET',
    path: '/teams/:team_id',
    params: teamIdParams,
    query: noQuery,
    handle: (ctx) => ({ json: teamJson(visibleTeam(ctx, ctx.params.team_id), view(ctx.auth)) }),
  }),
  route(CLIENT_OR_HIGHER, {
    method: 'PATCH',
    path: '/teams/:team_id',
    params: teamIdParams,
    query: noQuery,
    body: teamUpdate.partial(),
    handle: (ctx) => {
      const team = visibleTeam(ctx, ctx.params.team_id);
      if (ctx.auth.type === 'client') {
        const extra = SERVER_ONLY_KEYS.filter((key) => ctx.body[key] !== undefined);
        if (extra.length > 0) {
          throw new KnownError('SCHEMA_ERROR', {
            message: `Request validation failed on PATCH ${ctx.request.path}:\n  - body contains unknown properties: ${extra.join(', ')}`,
          });
        }
        requireTeamPermission(ctx, team.id, '$update_team');
      }
      const { body } = ctx;
      if (body.display_name !== undefined) team.displayName = body.display_name;
      if (body.profile_image_url !== undefined) team.profileImageUrl = body.profile_image_url;
      if (body.client_metadata !== undefined) team.clientMetadata = body.client_metadata;
      if (body.client_read_only_metadata !== undefined)
        team.clientReadOnlyMetadata = body.client_read_only_metadata;
      if (body.server_metadata !== undefined) team.serverMetadata = body.server_metadata;
      return { json: teamJson(team, view(ctx.auth)) };
    },
  }),
  route(CLIENT_OR_HIGHER, {
    method: 'DELETE',
    path: '/teams/:team_id',
    params: teamIdParams,
    query: noQuery,
    handle: (ctx) => {
      const team = visibleTeam(ctx, ctx.params.team_id);
      if (ctx.auth.type === 'client') requireTeamPermission(ctx, team.id, '$delete_team');
      ctx.world.store.deleteTeam(team.id);
      return { json: SUCCESS };
    },
  }),
];

interface Caller {
  readonly auth: Auth;
  readonly world: StackWorld;
}

function view(auth: Auth): 'client' | 'server' {
  return auth.type === 'client' ? 'client' : 'server';
}

/** A client only sees teams its user belongs to; others look missing. */
function visibleTeam(caller: Caller, teamId: string): TeamRecord {
  const team = caller.world.store.team(teamId);
  if (
    caller.auth.type === 'client' &&
    !caller.world.store.isMember(teamId, currentUser(caller).id)
  ) {
    throw new KnownError('TEAM_NOT_FOUND', { team_id: teamId });
  }
  return team;
}

/** Research §2: `TEAM_PERMISSION_REQUIRED` (401) when a client user lacks a team permission. */
export function requireTeamPermission(caller: Caller, teamId: string, permissionId: string): void {
  const userId = currentUser(caller).id;
  if (!hasTeamPermission(caller.world.store, teamId, userId, permissionId)) {
    throw new KnownError('TEAM_PERMISSION_REQUIRED', {
      team_id: teamId,
      user_id: userId,
      permission_id: permissionId,
    });
  }
}
