import {
  createStackAdminClient,
  createStackClient,
  createStackServerClient,
} from '@acme/stack-client';
import { type LoopbackServer, startLoopbackServer } from '@acme/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stackServerOn } from '../support-hostile/clients-on.js';
import {
  FAKE_PCK,
  FAKE_SAK,
  FAKE_SSK,
  STACK_BASE as valid,
} from '../support-hostile/fake-credentials.js';
import { junkOptionsOf } from '../support-hostile/junk-options.js';
import { expectTyped, junk, junkString } from '../support-leaks/settle.js';

let server: LoopbackServer;
beforeAll(async () => {
  // Whatever does get sent gets a plain 404, so it settles as a typed error or a null.
  server = await startLoopbackServer({ handler: () => ({ status: 404, body: 'Not found.' }) });
});
afterAll(() => server.close());

const OPTION_KEYS = [
  'projectId',
  'secretServerKey',
  'publishableClientKey',
  'superSecretAdminKey',
  'baseUrl',
  'timeoutMs',
  'deadlineMs',
  'retry',
  'hooks',
  'allowAnonymous',
  'allowRestricted',
  'dangerouslyAllowBrowser',
] as const;
const junkOptions = junkOptionsOf(OPTION_KEYS);

describe('Stack factories on junk options', () => {
  it('each factory: a ConfigurationError before any request, or a working client (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        junkOptions,
        fc.constantFrom('client', 'server', 'admin'),
        async (options, kind) => {
          await expectTyped(async () => {
            const base = { ...valid, baseUrl: server.url };
            const client =
              kind === 'client'
                ? createStackClient({
                    ...base,
                    publishableClientKey: FAKE_PCK,
                    ...options,
                  } as never)
                : kind === 'server'
                  ? createStackServerClient({
                      ...base,
                      secretServerKey: FAKE_SSK,
                      ...options,
                    } as never)
                  : createStackAdminClient({
                      ...base,
                      superSecretAdminKey: FAKE_SAK,
                      ...options,
                    } as never);
            // A non-loopback baseUrl that passed is documented success; nothing is sent to it.
            if (options.baseUrl !== undefined) return client.close();
            try {
              await client.getProject();
            } finally {
              client.close();
            }
          }, server);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it('junk project ids and keys as strings are refused, never sent (property)', async () => {
    await fc.assert(
      fc.asyncProperty(junkString, junkString, async (projectId, key) => {
        const settled = await expectTyped(
          () =>
            createStackServerClient({
              ...valid,
              baseUrl: server.url,
              projectId,
              secretServerKey: key,
            }),
          server,
        );
        if (settled.kind === 'ok') {
          expect(projectId).toMatch(/^(internal|[0-9a-f-]{36})$/i);
          expect(key.startsWith('ssk_')).toBe(true);
        }
      }),
      { numRuns: 1_000 },
    );
  }, 60_000);
});

describe('Stack methods on junk input', () => {
  const client = () => stackServerOn(server);

  it('users, teams, sessions, API keys, withUser and verifyAccessToken (property)', async () => {
    await fc.assert(
      fc.asyncProperty(junk, junk, fc.oneof(junk, junkString), async (a, b, id) => {
        const stack = client();
        try {
          const calls: Array<() => unknown> = [
            () => stack.getUser(id as string),
            () => stack.deleteUser(id as string),
            () => stack.listUsers(a as never),
            () => stack.createUser(a as never),
            () => stack.updateUser(id as string, b as never),
            () => stack.getTeam(id as string),
            () => stack.createTeam(a as never),
            () => stack.addTeamMember(a as never, b as never),
            () => stack.grantTeamPermission(a as never),
            () => stack.createSession(a as never),
            () => stack.revokeSession(a as never),
            () => stack.checkUserApiKey(id as string),
            () => stack.createUserApiKey(a as never),
            () => stack.withUser(a as never).getCurrentUser(),
            () => stack.withUser({ accessToken: id as string }).getCurrentUser(),
            () => stack.verifyAccessToken(id as string, b as never),
          ];
          for (const call of calls) await expectTyped(call, server);
        } finally {
          stack.close();
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
