import { z } from 'zod';
import { KnownError, StatusError } from '../known-errors.js';
import { CLIENT_OR_HIGHER, type Route, route, SERVER_OR_HIGHER } from '../router/route.js';
import { currentUser, resolveUserId } from './current-user.js';
import { listUsers, listUsersQuery } from './list-users.js';
import { userIdParams } from './schema-fields.js';
import { SUCCESS, userJson } from './serialize.js';
import {
  applyUserUpdate,
  CLIENT_UPDATE_KEYS,
  serverUserCreate,
  serverUserUpdate,
} from './user-fields.js';

const noQuery = z.strictObject({});

/** `/users/me` (client+, with a token) and `/users…` (server+). */
export const userRoutes: readonly Route[] = [
  route(CLIENT_OR_HIGHER, {
    method: 'GET',
    path: '/users/me',
    query: noQuery,
    handle: (ctx) => ({ json: userJson(ctx.world.store, currentUser(ctx), view(ctx.auth.type)) }),
  }),
  route(CLIENT_OR_HIGHER, {
    method: 'PATCH',
    path: '/users/me',
    query: noQuery,
    body: serverUserUpdate,
    handle: (ctx) => {
      const user = currentUser(ctx);
      if (ctx.auth.type === 'client') {
        const extra = Object.keys(ctx.body).filter((key) => !CLIENT_UPDATE_KEYS.has(key));
        if (extra.length > 0) {
          const message = `Request validation failed on PATCH ${ctx.request.path}:\n  - body contains unknown properties: ${extra.join(', ')}`;
          throw new KnownError('SCHEMA_ERROR', { message });
        }
      }
      applyUserUpdate(ctx.world.store, user, ctx.body);
      return { json: userJson(ctx.world.store, user, view(ctx.auth.type)) };
    },
  }),
  route(CLIENT_OR_HIGHER, {
    method: 'DELETE',
    path: '/users/me',
    query: noQuery,
    handle: (ctx) => {
      const user = currentUser(ctx);
      // projects/current says client_user_deletion_enabled: false, as a new real project does.
      if (ctx.auth.type === 'client') {
        throw new StatusError(400, 'Client user deletion is not enabled for this project');
      }
      ctx.world.store.deleteUser(user.id);
      return { json: SUCCESS };
    },
  }),
  route(SERVER_OR_HIGHER, {
    method: 'GET',
    path: '/users',
    query: listUsersQuery,
    handle: ({ query, world }) => ({ json: listUsers(world.store, query) }),
  }),
  route(SERVER_OR_HIGHER, {
    method: 'POST',
    path: '/users',
    query: noQuery,
    body: serverUserCreate,
    handle: ({ body, world }) => {
      const user = world.store.addUser();
      try {
        applyUserUpdate(world.store, user, body);
      } catch (error) {
        world.store.deleteUser(user.id);
        throw error;
      }
      return { status: 201, json: userJson(world.store, user, 'server') };
    },
  }),
  route(SERVER_OR_HIGHER, {
    method: 'GET',
    path: '/users/:user_id',
    params: userIdParams,
    query: noQuery,
    handle: (ctx) => {
      const user = ctx.world.store.user(resolveUserId(ctx, ctx.params.user_id));
      return { json: userJson(ctx.world.store, user, 'server') };
    },
  }),
  route(SERVER_OR_HIGHER, {
    method: 'PATCH',
    path: '/users/:user_id',
    params: userIdParams,
    query: noQuery,
    body: serverUserUpdate,
    handle: (ctx) => {
      const user = ctx.world.store.user(resolveUserId(ctx, ctx.params.user_id));
      applyUserUpdate(ctx.world.store, user, ctx.body);
      return { json: userJson(ctx.world.store, user, 'server') };
    },
  }),
  route(SERVER_OR_HIGHER, {
    method: 'DELETE',
    path: '/users/:user_id',
    params: userIdParams,
    query: noQuery,
    handle: (ctx) => {
      const user = ctx.world.store.user(resolveUserId(ctx, ctx.params.user_id));
      ctx.world.store.deleteUser(user.id);
      return { json: SUCCESS };
    },
  }),
];

function view(type: string): 'client' | 'server' {
  return type === 'client' ? 'client' : 'server';
}
