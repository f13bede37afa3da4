import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { KnownError } from '../known-errors.js';
import type { Auth } from '../router/parse-auth.js';
import { CLIENT_OR_HIGHER, type Route, route, SERVER_OR_HIGHER } from '../router/route.js';
import type { StackWorld } from '../stack-world.js';
import type { ApiKeyRecord, ApiKeyType } from '../store/records.js';
import { clientOwnUserId, currentUser } from './current-user.js';
import { userIdOrMe, uuid } from './schema-fields.js';
import { apiKeyJson, listJson } from './serialize.js';

interface Caller {
  readonly auth: Auth;
  readonly world: StackWorld;
}

/** Research §4 `(api-keys)/handlers.tsx`: the same routes for user and team keys. */
export function apiKeyRoutes(type: ApiKeyType): readonly Route[] {
  const base = `/${type}-api-keys`;
  const ownerField = type === 'user' ? 'user_id' : 'team_id';
  const ownerSchema = type === 'user' ? userIdOrMe : uuid;
  const noQuery = z.strictObject({});
  const idParams = z.strictObject({ api_key_id: uuid });

  /** A client reaches its own user's keys, or keys of teams it belongs to. */
  const resolveOwner = (caller: Caller, owner: string | undefined): string | undefined => {
    if (type === 'user') return clientOwnUserId(caller, owner, 'manage API keys');
    if (owner === undefined) return undefined;
    caller.world.store.team(owner);
    if (
      caller.auth.type === 'client' &&
      !caller.world.store.isMember(owner, currentUser(caller).id)
    ) {
      throw new KnownError('TEAM_NOT_FOUND', { team_id: owner });
    }
    return owner;
  };
  const findKey = (caller: Caller, id: string): ApiKeyRecord => {
    const key = caller.world.store.apiKeys.get(id);
    if (key === undefined || key.type !== type) throw new KnownError('API_KEY_NOT_FOUND');
    resolveOwner(caller, key.ownerId);
    return key;
  };

  return [
    route(CLIENT_OR_HIGHER, {
      method: 'POST',
      path: base,
      query: noQuery,
      body: z.strictObject({
        [ownerField]: ownerSchema,
        description: z.string(),
        // Research §4: nullable but required.
        expires_at_millis: z.number().int().nullable(),
        is_public: z.boolean().optional(),
      }),
      handle: (ctx) => {
        const owner = resolveOwner(ctx, String(ctx.body[ownerField])) ?? '';
        if (type === 'user') ctx.world.store.user(owner);
        const isPublic = ctx.body.is_public === true;
        const key: ApiKeyRecord = {
          id: randomUUID(),
          type,
          ownerId: owner,
          value: `${isPublic ? 'pk' : 'sk'}_fake_${type}_${randomBytes(18).toString('base64url')}`,
          description: String(ctx.body.description),
          expiresAtMillis: (ctx.body.expires_at_millis as number | null | undefined) ?? null,
          manuallyRevokedAtMillis: null,
          createdAtMillis: ctx.world.store.clock(),
          isPublic,
        };
        ctx.world.store.apiKeys.set(key.id, key);
        // Research §4: 200 with the plaintext value, shown only this once.
        return { json: apiKeyJson(key, true) };
      },
    }),
    route(CLIENT_OR_HIGHER, {
      method: 'GET',
      path: base,
      query: z.strictObject({ [ownerField]: ownerSchema.optional() }),
      handle: (ctx) => {
        const owner = resolveOwner(ctx, ctx.query[ownerField] as string | undefined);
        const keys = [...ctx.world.store.apiKeys.values()].filter(
          (key) => key.type === type && (owner === undefined || key.ownerId === owner),
        );
        return { json: listJson(keys.map((key) => apiKeyJson(key, false))) };
      },
    }),
    route(CLIENT_OR_HIGHER, {
      method: 'GET',
      path: `${base}/:api_key_id`,
      params: idParams,
      query: z.strictObject({ [ownerField]: ownerSchema.optional() }),
      handle: (ctx) => ({ json: apiKeyJson(findKey(ctx, ctx.params.api_key_id), false) }),
    }),
    route(CLIENT_OR_HIGHER, {
      method: 'PATCH',
      path: `${base}/:api_key_id`,
      params: idParams,
      query: z.strictObject({ [ownerField]: ownerSchema.optional() }),
      body: z.strictObject({
        description: z.string().optional(),
        revoked: z.literal(true).optional(),
      }),
      handle: (ctx) => {
        const key = findKey(ctx, ctx.params.api_key_id);
        if (ctx.body.description !== undefined) key.description = ctx.body.description;
        if (ctx.body.revoked === true) key.manuallyRevokedAtMillis ??= ctx.world.store.clock();
        return { json: apiKeyJson(key, false) };
      },
    }),
    route(SERVER_OR_HIGHER, {
      method: 'POST',
      path: `${base}/check`,
      query: noQuery,
      body: z.strictObject({ api_key: z.string() }),
      handle: ({ body, world }) => {
        const key = [...world.store.apiKeys.values()].find(
          (candidate) => candidate.value === body.api_key,
        );
        if (key === undefined) throw new KnownError('API_KEY_NOT_FOUND');
        if (key.type !== type) {
          throw new KnownError('WRONG_API_KEY_TYPE', {
            expected_type: type,
            actual_type: key.type,
          });
        }
        if (key.manuallyRevokedAtMillis !== null) throw new KnownError('API_KEY_REVOKED');
        if (key.expiresAtMillis !== null && key.expiresAtMillis <= world.store.clock()) {
          throw new KnownError('API_KEY_EXPIRED');
        }
        return { json: apiKeyJson(key, false) };
      },
    }),
  ];
}
