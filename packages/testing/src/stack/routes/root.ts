import { z } from 'zod';
import { JWKS_CACHE_CONTROL } from '../constants.js';
import { StatusError } from '../known-errors.js';
import { CLIENT_OR_HIGHER, publicRoute, type Route, route } from '../router/route.js';
import { publishedJwks } from '../tokens/signing-keys.js';
import { queryBoolean } from './schema-fields.js';

const capitalize = (text: string): string => `${text.slice(0, 1).toUpperCase()}${text.slice(1)}`;

/** `GET /api/v1`, `GET /projects/current` and the JWKS. */
export const rootRoutes: readonly Route[] = [
  // Research §1: a cheap credential check that answers in text; no query keys allowed
  // (the e2e test's `GET /api/v1?extra=param` is a SCHEMA_ERROR).
  publicRoute({
    method: 'GET',
    path: '/',
    query: z.strictObject({}),
    handle: ({ auth, world }) => {
      const lines = [
        'Welcome to the Stack API endpoint! Please refer to the documentation at https://docs.stack-auth.com.',
        '',
        `Authentication: ${auth === null ? 'None' : capitalize(auth.type)}`,
      ];
      if (auth !== null) {
        const user =
          auth.token === undefined ? undefined : world.store.users.get(auth.token.userId);
        const email = user === undefined ? undefined : world.store.primaryChannel(user.id)?.value;
        lines.push(`  Project: ${auth.projectId}`, `  User: ${email ?? user?.id ?? 'None'}`);
      }
      return { text: lines.join('\n') };
    },
  }),
  route(CLIENT_OR_HIGHER, {
    method: 'GET',
    path: '/projects/current',
    query: z.strictObject({}),
    handle: ({ world }) => ({
      json: {
        id: world.projectId,
        display_name: 'Fake Stack project',
        config: {
          sign_up_enabled: true,
          credential_enabled: true,
          magic_link_enabled: false,
          passkey_enabled: false,
          client_team_creation_enabled: false,
          client_user_deletion_enabled: false,
          allow_user_api_keys: true,
          allow_team_api_keys: true,
          enabled_oauth_providers: [],
          domains: [],
        },
      },
    }),
  }),
  // Research §3: public, cacheable for an hour; an unknown project is a plain 404.
  publicRoute({
    method: 'GET',
    path: '/projects/:project_id/.well-known/jwks.json',
    params: z.strictObject({ project_id: z.string() }),
    query: z.strictObject({
      include_restricted: queryBoolean.optional(),
      include_anonymous: queryBoolean.optional(),
    }),
    handle: ({ params, query, world }) => {
      if (params.project_id !== world.projectId) {
        throw new StatusError(404, `Project ${params.project_id} not found.`);
      }
      return {
        headers: { 'cache-control': JWKS_CACHE_CONTROL },
        json: publishedJwks(world.keys, {
          restricted: query.include_restricted ?? false,
          anonymous: query.include_anonymous ?? false,
        }),
      };
    },
  }),
];
