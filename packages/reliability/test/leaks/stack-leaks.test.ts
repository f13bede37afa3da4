import {
  createStackAdminClient,
  createStackClient,
  createStackServerClient,
} from '@acme/stack-client';
import { type LoopbackServer, startLoopbackServer } from '@acme/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type CallKit, FAST_RETRY, outcome, runLeakCase } from '../support-leaks/leak-case.js';
import {
  anySecret,
  LEAK_RUN,
  mostlyAccepted,
  prefixedSecret,
} from '../support-leaks/secret-arbitraries.js';

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(() => server.close());

const FAKE_PROJECT_ID = '00000000-0000-4000-8000-00000000fa4e';
const FAKE_USER_ID = '00000000-0000-4000-8000-0000000000fa';

// Keys mostly of their own kind (so calls go out), sometimes of another kind or with
// whitespace (the ConfigurationError path).
const keyOf = (prefix: string) =>
  fc.oneof({ arbitrary: prefixedSecret(prefix), weight: 5 }, { arbitrary: anySecret, weight: 1 });
const userToken = mostlyAccepted(/^[\x21-\x7e]+$/);

type Access = 'client' | 'server' | 'admin';
type Call = 'project' | 'listUsers' | 'getUser' | 'checkApiKey' | 'currentUser' | 'verify';

function clientFor(access: Access, key: string, kit: CallKit, baseUrl: string) {
  const common = {
    projectId: FAKE_PROJECT_ID,
    baseUrl,
    allowInsecureHttp: true,
    retry: FAST_RETRY,
    hooks: kit.hooks,
    timeoutMs: kit.timeoutMs,
  };
  if (access === 'client') return createStackClient({ ...common, publishableClientKey: key });
  if (access === 'server') return createStackServerClient({ ...common, secretServerKey: key });
  return createStackAdminClient({ ...common, superSecretAdminKey: key });
}

describe('Stack clients: project keys and user tokens never leak', () => {
  it('through every error path, for every access type (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Access>('client', 'server', 'admin').chain((access) =>
          fc.record({
            access: fc.constant(access),
            key: keyOf(access === 'client' ? 'pck_' : access === 'server' ? 'ssk_' : 'sak_'),
          }),
        ),
        fc.record({ accessToken: userToken, refreshToken: userToken, apiKey: userToken }),
        fc.constantFrom<Call>(
          'project',
          'listUsers',
          'getUser',
          'checkApiKey',
          'currentUser',
          'verify',
        ),
        outcome,
        async ({ access, key }, user, which, what) => {
          await runLeakCase(server, what, [key, ...Object.values(user)], async (kit) => {
            const client = clientFor(access, key, kit, server.url);
            const signal = { signal: kit.signal };
            try {
              if (which === 'project') await client.getProject(signal);
              else if (which === 'verify') await client.verifyAccessToken(user.accessToken);
              else if (which === 'currentUser' || client.accessType === 'client')
                await client
                  .withUser({ accessToken: user.accessToken, refreshToken: user.refreshToken })
                  .getCurrentUser(signal);
              else if (which === 'listUsers') await client.listUsers({ limit: 5 }, signal);
              else if (which === 'getUser') await client.getUser(FAKE_USER_ID, signal);
              else await client.checkUserApiKey(user.apiKey, signal);
            } finally {
              client.close();
            }
          });
        },
      ),
      { ...LEAK_RUN, numRuns: 300 },
    );
  }, 120_000);
});
