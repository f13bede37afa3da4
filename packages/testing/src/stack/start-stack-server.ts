import { randomBytes } from 'node:crypto';
import { startLoopbackServer } from '../loopback-server.js';
import { DEFAULT_STACK_ACCESS_TOKEN_LIFETIME_MS, DEFAULT_STACK_PROJECT_ID } from './constants.js';
import { handleStackRequest } from './router/handle-request.js';
import { STACK_ROUTES } from './routes/all-routes.js';
import type { StackServer, StackServerKeys, StackServerOptions } from './stack-server-types.js';
import type { StackWorld } from './stack-world.js';
import { addUserWithEmail, seedStore } from './store/seed.js';
import { StackStore } from './store/stack-store.js';
import { signAccessToken } from './tokens/access-tokens.js';
import { openSession } from './tokens/sessions.js';
import { createSigningKeys } from './tokens/signing-keys.js';

/** Fresh fake keys with the real prefixes; `fake` in each keeps secret scanners quiet. */
function fakeKeys(): StackServerKeys {
  const random = (): string => randomBytes(16).toString('hex');
  return {
    publishableClientKey: `pck_fake_${random()}`,
    secretServerKey: `ssk_fake_${random()}`,
    superSecretAdminKey: `sak_fake_${random()}`,
  };
}

/**
 * Starts a faithful local Stack Auth backend on `127.0.0.1` and a free port: the real
 * validation order and error shapes, users, teams, permissions, sessions, contact channels and
 * API keys in memory, ES256 access tokens with a JWKS, and refresh tokens. Seeds five users and
 * a team. Script 429s and faults with {@link StackServer.rateLimit} or `loopback.enqueue`.
 *
 * @example
 * ```ts
 * await using stack = await startStackServer();
 * const res = await fetch(`${stack.url}/api/v1/users?limit=2`, {
 *   headers: {
 *     'x-stack-access-type': 'server',
 *     'x-stack-project-id': stack.projectId,
 *     'x-stack-secret-server-key': stack.keys.secretServerKey,
 *   },
 * });
 * (await res.json()).pagination.next_cursor; // the third seeded user's id
 * ```
 */
export async function startStackServer(options: StackServerOptions = {}): Promise<StackServer> {
  const clock = options.clock ?? Date.now;
  const store = new StackStore(clock);
  const seeded = seedStore(store);
  const [keys, loopback] = await Promise.all([createSigningKeys(), startLoopbackServer()]);
  const world: StackWorld = {
    origin: loopback.url,
    projectId: options.projectId ?? DEFAULT_STACK_PROJECT_ID,
    projectKeys: fakeKeys(),
    requirePublishableClientKey: options.requirePublishableClientKey ?? true,
    keys,
    store,
    accessTokenLifetimeMs: options.accessTokenLifetimeMs ?? DEFAULT_STACK_ACCESS_TOKEN_LIFETIME_MS,
    stats: { refreshes: 0 },
  };
  loopback.setHandler((request) => handleStackRequest(STACK_ROUTES, world, request));

  const userOrThrow = (userId: string) => {
    const user = store.users.get(userId);
    if (user === undefined) {
      throw new Error(
        `[@acme/testing] No Stack user ${userId}: pass an id from seededUserIds or createUser().`,
      );
    }
    return user;
  };
  const sign = (userId: string, expiresInMs: number | undefined) => {
    const user = userOrThrow(userId);
    const session = openSession(world, user.id);
    const lifetimeMs = expiresInMs ?? world.accessTokenLifetimeMs;
    return { session, accessToken: signAccessToken(world, user, session.id, lifetimeMs) };
  };

  return {
    url: loopback.url,
    projectId: world.projectId,
    keys: world.projectKeys,
    loopback,
    seededUserIds: seeded.userIds,
    seededTeamId: seeded.teamId,
    stats: world.stats,
    createUser: (input = {}) => ({ id: addUserWithEmail(store, input).id }),
    createSession: async (userId, sessionOptions = {}) => {
      const { session, accessToken } = sign(userId, sessionOptions.accessTokenExpiresInMs);
      return { accessToken: await accessToken, refreshToken: session.refreshToken };
    },
    signAccessToken: (userId, tokenOptions = {}) =>
      sign(userId, tokenOptions.expiresInMs).accessToken,
    rateLimit: (limitOptions = {}) => {
      const { retryAfterSeconds, times = 1 } = limitOptions;
      // Research §1: a dev backend answers 429 `{message}` and sends Retry-After only sometimes.
      for (let index = 0; index < times; index += 1) {
        loopback.enqueue({
          status: 429,
          json: { message: 'Too many requests. Please try again later.' },
          ...(retryAfterSeconds === undefined ? {} : { retryAfter: retryAfterSeconds }),
        });
      }
    },
    close: () => loopback.close(),
    [Symbol.asyncDispose]: () => loopback.close(),
  };
}
