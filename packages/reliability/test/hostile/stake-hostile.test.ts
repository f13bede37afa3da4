import {
  formatAmount,
  isValidBetAmount,
  StakeAuth,
  StakeClient,
  type StakeClientOptions,
  toPlainDecimal,
  validateAccessToken,
  validateBetAmount,
} from '@acme/stake-client';
import { type LoopbackServer, startLoopbackServer } from '@acme/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_TOKEN } from '../support-hostile/fake-credentials.js';
import { junkOptionsOf } from '../support-hostile/junk-options.js';
import { expectTyped, junk, junkString } from '../support-leaks/settle.js';

let server: LoopbackServer;
beforeAll(async () => {
  // Anything that does get sent is answered, so a call that should have been refused shows
  // up in the request log rather than as a hang.
  server = await startLoopbackServer({ handler: () => ({ json: { data: null } }) });
});
afterAll(() => server.close());

const OPTION_KEYS = [
  'accessToken',
  'sessionCookie',
  'cfClearance',
  'cfBm',
  'lockdownToken',
  'userAgent',
  'language',
  'tokenFormat',
  'expiresIn',
  'rateLimit',
  'timeoutMs',
  'deadlineMs',
  'retry',
  'documents',
  'isAcp',
  'hooks',
] as const;
const junkOptions = junkOptionsOf(OPTION_KEYS);

describe('StakeClient on junk options and inputs', () => {
  it('junk options: a ConfigurationError, or a client whose call is typed (property)', async () => {
    await fc.assert(
      fc.asyncProperty(junkOptions, junk, junk, async (options, document, variables) => {
        await expectTyped(async () => {
          const client = new StakeClient({
            baseUrl: server.url,
            allowInsecureHttp: true,
            accessToken: FAKE_TOKEN,
            retry: 0,
            rateLimit: false,
            ...options,
          } as StakeClientOptions);
          try {
            await client.graphql(document as string, { variables: variables as never });
          } finally {
            client.close();
          }
        }, server);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('a junk baseUrl is refused before any request (property)', async () => {
    await fc.assert(
      fc.asyncProperty(junkString, async (baseUrl) => {
        const settled = await expectTyped(
          () => new StakeClient({ baseUrl, accessToken: FAKE_TOKEN, allowInsecureHttp: true }),
        );
        if (settled.kind === 'ok')
          expect(baseUrl).toMatch(/^\s*(https:|http:\/\/(localhost|127\.|\[::1\]))/i);
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('StakeAuth setters on junk (property)', async () => {
    await fc.assert(
      fc.asyncProperty(junk, junk, async (value, options) => {
        const auth = new StakeAuth({ accessToken: FAKE_TOKEN });
        await expectTyped(() => auth.setAccessToken(value as string, options as never));
        await expectTyped(() => auth.setSessionCookie(value as string));
        await expectTyped(() => auth.isTokenExpired(options as never));
        await expectTyped(() => auth.getAuthHeaders());
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});

const amountish = fc.oneof(
  junk,
  fc.double(),
  fc.bigInt(),
  fc.stringMatching(/^-?\d{0,30}(\.\d{0,30})?(e[+-]?\d{1,4})?$/),
  fc.constantFrom(
    '1e400',
    '1e-400',
    '0x10',
    '1_000',
    ' 1 ',
    '1,5',
    '+1',
    '.5',
    '5.',
    '-0',
    'Infinity',
  ),
);

describe('amounts and tokens on junk', () => {
  it('validateBetAmount, isValidBetAmount, formatAmount, toPlainDecimal, validateAccessToken (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        amountish,
        fc.record({ min: amountish, max: amountish, maxDecimals: junk }, { requiredKeys: [] }),
        fc.oneof(junkString, fc.constantFrom('btc', 'usd', 'eth', 'BTC', 'xrp')),
        async (amount, limits, currency) => {
          const checked = await expectTyped(() =>
            validateBetAmount(amount as string, limits as never),
          );
          const valid = await expectTyped(() =>
            isValidBetAmount(amount as string, limits as never),
          );
          // The boolean twin agrees with the validator, and never throws.
          expect(valid).toEqual({ kind: 'ok', value: checked.kind === 'ok' });
          await expectTyped(() => formatAmount(amount as string, currency));
          await expectTyped(() => toPlainDecimal(amount as string));
          await expectTyped(() => validateAccessToken(amount as string));
        },
      ),
      { numRuns: 2_000 },
    );
  }, 60_000);
});
