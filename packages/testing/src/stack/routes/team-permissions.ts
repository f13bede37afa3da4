import { z } from 'zod';
import { KnownError } from '../known-errors.js';
import { CLIENT_OR_HIGHER, type Route, route, SERVER_OR_HIGHER } from '../router/route.js';
import { TEAM_PERMISSIONS } from '../store/records.js';
import type { StackStore } from '../store/stack-store.js';
import { clientOwnUserId, resolveUserId } from './current-user.js';
import { expandPermissions } from './expand-permissions.js';
import { emptyBody, queryBoolean, userIdOrMe, uuid } from './schema-fields.js';
import { listJson, SUCCESS } from './serialize.js';

/** Direct grants of a user in a team (`recursive` adds what they contain). */
export function teamPermissionsOf(
  store: StackStore,
  teamId: string,
  userId: string,
  recursive: boolean,
): Set<string> {
  const prefix = `${teamId}/${userId}/`;
  const direct = [...store.teamGrants]
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length));
  return expandPermissions(direct, TEAM_PERMISSIONS, recursive);
}

export function hasTeamPermission(
  store: StackStore,
  teamId: string,
  userId: string,
  permissionId: string,
): boolean {
  return teamPermissionsOf(store, teamId, userId, true).has(permissionId);
}

const params = z.strictObject({
  team_id: uuid,
  user_id: userIdOrMe,
  permission_id: z.string().min(1),
});
const noQuery = z.strictObject({});

/** Research §4 `team-permissions/crud.tsx`: items `{ id, user_id, team_id }`, not paginated. */
export const teamPermissionRoutes: readonly Route[] = [
  route(CLIENT_OR_HIGHER, {
    method: 'GET',
    path: '/team-permissions',
    query: z.strictObject({
      team_id: uuid.optional(),
      user_id: userIdOrMe.optional(),
      permission_id: z.string().optional(),
      recursive: queryBoolean.optional(),
    }),
    handle: (ctx) => {
      const userId = clientOwnUserId(ctx, ctx.query.user_id, 'list permissions');
      const { store } = ctx.world;
      const items: Array<{ id: string; user_id: string; team_id: string }> = [];
      for (const membership of store.memberships) {
        const [teamId = '', memberId = ''] = membership.split('/');
        if (ctx.query.team_id !== undefined && teamId !== ctx.query.team_id) continue;
        if (userId !== undefined && memberId !== userId) continue;
        for (const id of teamPermissionsOf(store, teamId, memberId, ctx.query.recursive ?? false)) {
          if (ctx.query.permission_id === undefined || id === ctx.query.permission_id) {
            items.push({ id, user_id: memberId, team_id: teamId });
          }
        }
      }
      return { json: listJson(items) };
    },
  }),
  route(SERVER_OR_HIGHER, {
    method: 'POST',
    path: '/team-permissions/:team_id/:user_id/:permission_id',
    params,
    query: noQuery,
    body: emptyBody,
    handle: (ctx) => {
      const { store } = ctx.world;
      const { team_id: teamId, permission_id: permissionId } = ctx.params;
      store.team(teamId);
      const userId = store.user(resolveUserId(ctx, ctx.params.user_id)).id;
      if (TEAM_PERMISSIONS[permissionId] === undefined) {
        throw new KnownError('PERMISSION_NOT_FOUND', { permission_id: permissionId });
      }
      if (!store.isMember(teamId, userId)) {
        throw new KnownError('TEAM_MEMBERSHIP_NOT_FOUND', { team_id: teamId, user_id: userId });
      }
      store.teamGrants.add(`${teamId}/${userId}/${permissionId}`);
      return { status: 201, json: { id: permissionId, user_id: userId, team_id: teamId } };
    },
  }),
  route(SERVER_OR_HIGHER, {
    method: 'DELETE',
    path: '/team-permissions/:team_id/:user_id/:permission_id',
    params,
    query: noQuery,
    handle: (ctx) => {
      const { store } = ctx.world;
      const { team_id: teamId, permission_id: permissionId } = ctx.params;
      store.team(teamId);
      const userId = store.user(resolveUserId(ctx, ctx.params.user_id)).id;
      if (TEAM_PERMISSIONS[permissionId] === undefined) {
        throw new KnownError('PERMISSION_NOT_FOUND', { permission_id: permissionId });
      }
      store.teamGrants.delete(`${teamId}/${userId}/${permissionId}`);
      return { json: SUCCESS };
    },
  }),
];
