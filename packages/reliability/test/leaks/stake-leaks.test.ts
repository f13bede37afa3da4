import { StakeClient } from '@acme/stake-client';
import { type LoopbackServer, startLoopbackServer } from '@acme/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { FAST_RETRY, outcome, runLeakCase } from '../support-leaks/leak-case.js';
import { anySecret, LEAK_RUN, mostlyAccepted } from '../support-leaks/secret-arbitraries.js';

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(() => server.close());

// Lenient tokens are 32-128 letters and digits (or a JWT); the generated ones mostly are
// not, so many cases take the ConfigurationError path, which must not quote them either.
const accessToken = fc.oneof(
  { arbitrary: fc.stringMatching(/^[0-9a-f]{96}$/), weight: 2 },
  { arbitrary: fc.stringMatching(/^[0-9A-Za-z]{32,128}$/), weight: 2 },
  { arbitrary: anySecret, weight: 1 },
);
// Stake's own rules (stake-credential.ts, stake-auth.ts): cookie octets; visible ASCII.
const cookie = mostlyAccepted(/^[\x21\x23-\x26\x28-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]+$/);
const headerToken = mostlyAccepted(/^[\x21-\x7e]+$/);

const call = fc.constantFrom('balances', 'profile', 'mutation', 'graphql-variables');

describe('StakeClient: token, cookies and echoes never leak', () => {
  it('through every error path (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          accessToken,
          sessionCookie: fc.option(cookie, { nil: undefined }),
          cfClearance: fc.option(cookie, { nil: undefined }),
          cfBm: fc.option(cookie, { nil: undefined }),
          lockdownToken: fc.option(headerToken, { nil: undefined }),
          variable: anySecret,
        }),
        outcome,
        call,
        async (s, what, which) => {
          // Variables are the caller's data, not credentials (graphql() takes no `secrets`):
          // sent and echoed, but not checked.
          const { variable: _, ...credentials } = s;
          const secrets = Object.values(credentials).filter((v): v is string => v !== undefined);
          await runLeakCase(server, what, secrets, async (kit) => {
            const client = new StakeClient({
              baseUrl: server.url,
              allowInsecureHttp: true,
              tokenFormat: 'lenient',
              accessToken: s.accessToken,
              ...(s.sessionCookie === undefined ? {} : { sessionCookie: s.sessionCookie }),
              ...(s.cfClearance === undefined ? {} : { cfClearance: s.cfClearance }),
              ...(s.cfBm === undefined ? {} : { cfBm: s.cfBm }),
              ...(s.lockdownToken === undefined ? {} : { lockdownToken: s.lockdownToken }),
              rateLimit: false,
              retry: FAST_RETRY,
              hooks: kit.hooks,
              timeoutMs: kit.timeoutMs,
            });
            try {
              const options = { signal: kit.signal };
              if (which === 'balances') await client.getUserBalances(options);
              else if (which === 'profile') await client.getUserProfile(options);
              else if (which === 'mutation')
                await client.graphql('mutation Tip($key: String!) { tip(key: $key) { id } }', {
                  ...options,
                  variables: { key: s.variable },
                });
              else
                await client.graphql('query Check($token: String!) { check(token: $token) }', {
                  ...options,
                  variables: { token: s.variable },
                });
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
