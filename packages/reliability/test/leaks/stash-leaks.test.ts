import { StashClient } from '@acme/stash-client';
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

const FAKE_SHOP_ID = '00000000-0000-4000-8000-00000000fa4e';
// Stash refuses leading or trailing whitespace (resolve-credential.ts); headers refuse more.
const apiKey = mostlyAccepted(/^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/);
// The HMAC secret never leaves the process: anything non-empty and trimmed is a key.
const hmacSecret = fc.oneof(
  { arbitrary: anySecret.filter((s) => s.trim() === s), weight: 5 },
  {
    arbitrary: anySecret,
    weight: 1,
  },
);

type Call = 'payment' | 'quickPay' | 'shopCall' | 'products' | 'product';

describe('StashClient: API key and HMAC secret never leak', () => {
  it('through every error path, with either auth (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          apiKey.map((key) => ({ apiKey: key }) as const),
          hmacSecret.map((secret) => ({ hmac: { shopId: FAKE_SHOP_ID, secret } }) as const),
        ),
        fc.constantFrom<Call>('payment', 'quickPay', 'shopCall', 'products', 'product'),
        outcome,
        async (auth, which, what) => {
          const secret = 'apiKey' in auth ? auth.apiKey : auth.hmac.secret;
          await runLeakCase(server, what, [secret], async (kit) => {
            const client = new StashClient({
              baseUrl: server.url,
              allowInsecureHttp: true,
              auth,
              shopHandle: 'fake-shop',
              retry: FAST_RETRY,
              hooks: kit.hooks,
              timeoutMs: kit.timeoutMs,
            });
            const signal = { signal: kit.signal };
            try {
              if (which === 'payment') await client.getPayment('pay_fake_1', signal);
              else if (which === 'product') await client.getProduct('gems-100', signal);
              else if (which === 'products') await client.listProductsPage({ limit: 5, ...signal });
              else if (which === 'shopCall')
                await client.request('checkout-links/generate', { echo: 'x' }, signal);
              else
                await client.createQuickPayUrl(
                  {
                    item: { id: 'gems-100', pricePerItem: '0.99', quantity: 1 },
                    user: { id: 'player-42' },
                    idempotencyKey: 'order-fake-42',
                  },
                  signal,
                );
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
