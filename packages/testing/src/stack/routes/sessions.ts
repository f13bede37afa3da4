import { z } from 'zod';
import { MAX_SESSION_LIFETIME_MS } from '../constants.js';
import { KnownError, StatusError } from '../known-errors.js';
import { CLIENT_OR_HIGHER, type Route, route, SERVER_OR_HIGHER } from '../router/route.js';
import { signAccessToken } from '../tokens/access-tokens.js';
import { isLive, openSession, refreshSession } from '../tokens/sessions.js';
import { clientOwnUserId, resolveUserId } from './current-user.js';
import { userIdOrMe, uuid } from './schema-fields.js';
import { listJson, SUCCESS } from './serialize.js';

const noQuery = z.strictObject({});
const userQuery = z.strictObject({ user_id: userIdOrMe });

/** Research §3 and §4: sessions, refresh and sign-out. */
export const sessionRoutes: readonly Route[] = [
  route(SERVER_OR_HIGHER, {
    method: 'POST',
    path: '/auth/sessions',
    query: noQuery,
    body: z.strictObject({
      user_id: uuid,
      expires_in_millis: z.number().int().min(1).max(MAX_SESSION_LIFETIME_MS).optional(),
      is_impersonation: z.boolean().optional(),
    }),
    handle: async ({ body, world }) => {
      const user = world.store.users.get(body.user_id);
      if (user === undefined)
        throw new KnownError('USER_ID_DOES_NOT_EXIST', { user_id: body.user_id });
      const session = openSession(world, user.id, {
        ...(body.expires_in_millis === undefined ? {} : { lifetimeMs: body.expires_in_millis }),
        isImpersonation: body.is_impersonation ?? false,
      });
      const accessToken = await signAccessToken(
        world,
        user,
        session.id,
        world.accessTokenLifetimeMs,
      );
      // Research §4: 200, not 201: a custom route, not a CRUD create.
      return { json: { refresh_token: session.refreshToken, access_token: accessToken } };
    },
  }),
  route(CLIENT_OR_HIGHER, {
    method: 'GET',
    path: '/auth/sessions',
    query: userQuery,
    handle: (ctx) => {
      const userId = clientOwnUserId(ctx, ctx.query.user_id, 'list sessions') ?? '';
      const { world, auth } = ctx;
      const items = [...world.store.sessions.values()]
        .filter((session) => session.userId === userId && isLive(world, session))
        // Research §4: impersonation sessions are listed only for admin access.
        .filter((session) => !session.isImpersonation || auth.type === 'admin')
        .map((session) => ({
          id: session.id,
          user_id: session.userId,
          created_at: session.createdAtMillis,
          last_used_at: session.lastUsedAtMillis,
          is_impersonation: session.isImpersonation,
          is_current_session: session.id === auth.token?.refreshTokenId,
          last_used_at_end_user_ip_info: null,
        }));
      return { json: listJson(items) };
    },
  }),
  route(CLIENT_OR_HIGHER, {
    method: 'DELETE',
    path: '/auth/sessions/current',
    query: noQuery,
    handle: ({ auth, world }) => {
      if (auth.token === undefined) throw new KnownError('USER_AUTHENTICATION_REQUIRED');
      if (!world.store.sessions.delete(auth.token.refreshTokenId)) {
        throw new KnownError('REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED');
      }
      return { json: SUCCESS };
    },
  }),
  route(CLIENT_OR_HIGHER, {
    method: 'DELETE',
    path: '/auth/sessions/:session_id',
    params: z.strictObject({ session_id: z.string() }),
    query: userQuery,
    handle: (ctx) => {
      const userId =
        ctx.auth.type === 'client'
          ? clientOwnUserId(ctx, ctx.query.user_id, 'delete sessions')
          : resolveUserId(ctx, ctx.query.user_id);
      const session = ctx.world.store.sessions.get(ctx.params.session_id);
      if (session === undefined || session.userId !== userId)
        throw new StatusError(404, 'Session not found.');
      if (session.id === ctx.auth.token?.refreshTokenId)
        throw new KnownError('CANNOT_DELETE_CURRENT_SESSION');
      ctx.world.store.sessions.delete(session.id);
      return { json: SUCCESS };
    },
  }),
  route(CLIENT_OR_HIGHER, {
    method: 'POST',
    path: '/auth/sessions/current/refresh',
    query: noQuery,
    handle: async ({ request, world }) => {
      const refreshToken = request.headers['x-stack-refresh-token'];
      if (!refreshToken) {
        throw new KnownError('SCHEMA_ERROR', {
          message: `Request validation failed on POST ${request.path}:\n  - headers.x-stack-refresh-token must be defined`,
        });
      }
      return { json: { access_token: await refreshSession(world, refreshToken) } };
    },
  }),
];
