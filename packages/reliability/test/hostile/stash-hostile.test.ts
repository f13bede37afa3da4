import { StashClient, type StashClientOptions } from '@acme/stash-client';
import { type LoopbackServer, startLoopbackServer } from '@acme/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { stashOn } from '../support-hostile/clients-on.js';
import { FAKE_HMAC as hmac } from '../support-hostile/fake-credentials.js';
import { junkOptionsOf } from '../support-hostile/junk-options.js';
import { expectTyped, junk, junkString } from '../support-leaks/settle.js';

let server: LoopbackServer;
beforeAll(async () => {
  // Whatever does get sent gets a grpc-gateway NOT_FOUND, so it settles as a typed error.
  server = await startLoopbackServer({
    handler: () => ({ status: 404, json: { code: 5, message: 'not found', details: [] } }),
  });
});
afterAll(() => server.close());

const OPTION_KEYS = [
  'auth',
  'environment',
  'baseUrl',
  'shopHandle',
  'clock',
  'timeoutMs',
  'deadlineMs',
  'retry',
  'hooks',
  'dangerouslyAllowBrowser',
] as const;
const junkOptions = junkOptionsOf(OPTION_KEYS);
const junkAuth = fc.oneof(
  junk,
  fc.record({ apiKey: fc.oneof(junk, junkString) }, { requiredKeys: [] }),
  fc.record(
    {
      hmac: fc.record(
        {
          shopId: fc.oneof(junk, junkString),
          secret: fc.oneof(junk, junkString),
          keyEncoding: junk,
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  ),
);

describe('StashClient on junk options', () => {
  it('a ConfigurationError before any request, or a client whose call is typed (property)', async () => {
    await fc.assert(
      fc.asyncProperty(junkOptions, junkAuth, async (options, auth) => {
        await expectTyped(async () => {
          const client = new StashClient({
            baseUrl: server.url,
            allowInsecureHttp: true,
            auth: hmac,
            retry: 0,
            ...options,
            ...(options.auth === undefined ? {} : { auth }),
          } as StashClientOptions);
          try {
            // A baseUrl or environment that passed points elsewhere: nothing is sent to it.
            if (options.baseUrl === undefined && options.environment === undefined)
              await client.getPayment('pay_fake_1');
          } finally {
            client.close();
          }
        }, server);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

const money = fc.oneof(junk, junkString, fc.stringMatching(/^-?\d{0,12}(\.\d{0,12})?$/));

describe('Stash calls on junk input', () => {
  it('payments, products, checkout, shop calls (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(junk, junkString),
        junk,
        fc.record(
          { id: junk, pricePerItem: money, quantity: junk, name: junk },
          { requiredKeys: [] },
        ),
        fc.record({ id: fc.oneof(junk, junkString) }, { requiredKeys: [] }),
        async (id, input, item, user) => {
          const stash = stashOn(server);
          try {
            const calls: Array<() => unknown> = [
              () => stash.getPayment(id as string),
              () => stash.getProduct(id as string),
              () => stash.listProductsPage(input as never),
              () => stash.createQuickPayUrl(input as never),
              () => stash.createQuickPayUrl({ item, user, idempotencyKey: id } as never),
              () => stash.createQuickPayUrl({ catalogItems: [item], user } as never),
              () => stash.generateAuthenticatedUrl({ user, target: id } as never),
              () =>
                stash.createSubscriptionCheckoutLink({ plan: id, currency: input, user } as never),
              () => stash.request(id as string, input as never),
            ];
            for (const call of calls) await expectTyped(call, server);
          } finally {
            stash.close();
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});
