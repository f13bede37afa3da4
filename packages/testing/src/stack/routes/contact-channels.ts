import { z } from 'zod';
import { KnownError } from '../known-errors.js';
import type { Auth } from '../router/parse-auth.js';
import { CLIENT_OR_HIGHER, type Route, route } from '../router/route.js';
import type { StackWorld } from '../stack-world.js';
import type { ContactChannelRecord } from '../store/records.js';
import { clientOwnUserId } from './current-user.js';
import { email, userIdOrMe, uuid } from './schema-fields.js';
import { channelJson, listJson, SUCCESS } from './serialize.js';

const noQuery = z.strictObject({});
const params = z.strictObject({ user_id: userIdOrMe, contact_channel_id: uuid });
const channelUpdate = z.strictObject({
  value: email,
  type: z.literal('email'),
  used_for_auth: z.boolean(),
  is_primary: z.boolean(),
  is_verified: z.boolean(),
});

interface Caller {
  readonly auth: Auth;
  readonly world: StackWorld;
}

/** Research §4 `crud/contact-channels.ts`: a client manages its own; a server anyone's. */
export const contactChannelRoutes: readonly Route[] = [
  route(CLIENT_OR_HIGHER, {
    method: 'GET',
    path: '/contact-channels',
    query: z.strictObject({ user_id: userIdOrMe.optional() }),
    handle: (ctx) => {
      const userId = clientOwnUserId(ctx, ctx.query.user_id, 'list contact channels');
      const channels = [...ctx.world.store.channels.values()].filter(
        (channel) => userId === undefined || channel.userId === userId,
      );
      return { json: listJson(channels.map(channelJson)) };
    },
  }),
  route(CLIENT_OR_HIGHER, {
    method: 'POST',
    path: '/contact-channels',
    query: noQuery,
    body: channelUpdate
      .partial({ is_primary: true, is_verified: true })
      .extend({ user_id: userIdOrMe }),
    handle: (ctx) => {
      rejectClientVerification(ctx, ctx.body.is_verified, 'POST');
      const userId = ownerId(ctx, ctx.body.user_id);
      const { store } = ctx.world;
      store.user(userId);
      if (ctx.body.used_for_auth) assertFreeForAuth(ctx.world, ctx.body.value, userId);
      const channel = store.addChannel({
        userId,
        value: ctx.body.value,
        type: 'email',
        usedForAuth: ctx.body.used_for_auth,
        isVerified: ctx.body.is_verified ?? false,
        isPrimary: ctx.body.is_primary ?? false,
      });
      return { status: 201, json: channelJson(channel) };
    },
  }),
  route(CLIENT_OR_HIGHER, {
    method: 'GET',
    path: '/contact-channels/:user_id/:contact_channel_id',
    params,
    query: noQuery,
    handle: (ctx) => ({ json: channelJson(findChannel(ctx, ctx.params)) }),
  }),
  route(CLIENT_OR_HIGHER, {
    method: 'PATCH',
    path: '/contact-channels/:user_id/:contact_channel_id',
    params,
    query: noQuery,
    body: channelUpdate.partial(),
    handle: (ctx) => {
      rejectClientVerification(ctx, ctx.body.is_verified, 'PATCH');
      const channel = findChannel(ctx, ctx.params);
      const { body } = ctx;
      const value = body.value ?? channel.value;
      if (body.used_for_auth ?? channel.usedForAuth)
        assertFreeForAuth(ctx.world, value, channel.userId);
      if (body.value !== undefined && body.value !== channel.value) {
        channel.value = body.value;
        channel.isVerified = false;
      }
      if (body.used_for_auth !== undefined) channel.usedForAuth = body.used_for_auth;
      if (body.is_verified !== undefined) channel.isVerified = body.is_verified;
      if (body.is_primary === true) {
        for (const other of ctx.world.store.channelsOf(channel.userId)) other.isPrimary = false;
      }
      if (body.is_primary !== undefined) channel.isPrimary = body.is_primary;
      return { json: channelJson(channel) };
    },
  }),
  route(CLIENT_OR_HIGHER, {
    method: 'DELETE',
    path: '/contact-channels/:user_id/:contact_channel_id',
    params,
    query: noQuery,
    handle: (ctx) => {
      const channel = findChannel(ctx, ctx.params);
      ctx.world.store.channels.delete(channel.id);
      return { json: SUCCESS };
    },
  }),
];

function ownerId(caller: Caller, userIdOrMe: string): string {
  return clientOwnUserId(caller, userIdOrMe, 'manage contact channels') ?? '';
}

function findChannel(
  caller: Caller,
  params: { user_id: string; contact_channel_id: string },
): ContactChannelRecord {
  const userId = ownerId(caller, params.user_id);
  const channel = caller.world.store.channels.get(params.contact_channel_id);
  if (channel === undefined || channel.userId !== userId) {
    throw new KnownError('CONTACT_CHANNEL_NOT_FOUND', {
      user_id: userId,
      contact_channel_id: params.contact_channel_id,
    });
  }
  return channel;
}

/** `is_verified` is a server-only field; for a client it is an unknown key. */
function rejectClientVerification(
  caller: Caller & { request: { path: string } },
  isVerified: boolean | undefined,
  method: string,
): void {
  if (caller.auth.type === 'client' && isVerified !== undefined) {
    throw new KnownError('SCHEMA_ERROR', {
      message: `Request validation failed on ${method} ${caller.request.path}:\n  - body contains unknown properties: is_verified`,
    });
  }
}

function assertFreeForAuth(world: StackWorld, value: string, userId: string): void {
  if (world.store.findAuthChannel(value, userId) !== undefined) {
    throw new KnownError('CONTACT_CHANNEL_ALREADY_USED_FOR_AUTH_BY_SOMEONE_ELSE', {
      type: 'email',
      contact_channel_value: value,
    });
  }
}
