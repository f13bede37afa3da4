import { z } from 'zod';
import { KnownError } from '../known-errors.js';
import { CLIENT_OR_HIGHER, type Route, route, SERVER_OR_HIGHER } from '../router/route.js';
import { PROJECT_PERMISSIONS } from '../store/records.js';
import { clientOwnUserId, resolveUserId } from './current-user.js';
import { expandPermissions } from './expand-permissions.js';
import { emptyBody, queryBoolean, userIdOrMe } from './schema-fields.js';
import { listJson, SUCCESS } from './serialize.js';

const params = z.strictObject({ user_id: userIdOrMe, permission_id: z.string().min(1) });
const noQuery = z.strictObject({});

/** Research §4 `/project-permissions`: the team pattern without a team; items `{ id, user_id }`. */
export const projectPermissionRoutes: readonly Route[] = [
  route(CLIENT_OR_HIGHER, {
    method: 'GET',
    path: '/project-permissions',
    query: z.strictObject({
      user_id: userIdOrMe.optional(),
      permission_id: z.string().optional(),
      recursive: queryBoolean.optional(),
    }),
    handle: (ctx) => {
      const userId = clientOwnUserId(ctx, ctx.query.user_id, 'list permissions');
      const { store } = ctx.world;
      const items: Array<{ id: string; user_id: string }> = [];
      for (const user of store.users.values()) {
        if (userId !== undefined && user.id !== userId) continue;
        const direct = [...store.projectGrants]
          .filter((key) => key.startsWith(`${user.id}/`))
          .map((key) => key.slice(user.id.length + 1));
        for (const id of expandPermissions(
          direct,
          PROJECT_PERMISSIONS,
          ctx.query.recursive ?? false,
        )) {
          if (ctx.query.permission_id === undefined || id === ctx.query.permission_id) {
            items.push({ id, user_id: user.id });
          }
        }
      }
      return { json: listJson(items) };
    },
  }),
  route(SERVER_OR_HIGHER, {
    method: 'POST',
    path: '/project-permissions/:user_id/:permission_id',
    params,
    query: noQuery,
    body: emptyBody,
    handle: (ctx) => {
      const { store } = ctx.world;
      const userId = store.user(resolveUserId(ctx, ctx.params.user_id)).id;
      const permissionId = ctx.params.permission_id;
      if (PROJECT_PERMISSIONS[permissionId] === undefined) {
        throw new KnownError('PERMISSION_NOT_FOUND', { permission_id: permissionId });
      }
      store.projectGrants.add(`${userId}/${permissionId}`);
      return { status: 201, json: { id: permissionId, user_id: userId } };
    },
  }),
  route(SERVER_OR_HIGHER, {
    method: 'DELETE',
    path: '/project-permissions/:user_id/:permission_id',
    params,
    query: noQuery,
    handle: (ctx) => {
      const { store } = ctx.world;
      const userId = store.user(resolveUserId(ctx, ctx.params.user_id)).id;
      const permissionId = ctx.params.permission_id;
      if (PROJECT_PERMISSIONS[permissionId] === undefined) {
        throw new KnownError('PERMISSION_NOT_FOUND', { permission_id: permissionId });
      }
      store.projectGrants.delete(`${userId}/${permissionId}`);
      return { json: SUCCESS };
    },
  }),
];
