import { StashClient } from '@acme/stash-client';
import { type RecordedRequest, startStashServer } from '@acme/testing';
import type { TransportKind } from '@core/auth';
import { CLIENT_LIMITS, RETRY } from './faults.js';
import { routeOps } from './route-op.js';
import { AttemptCounter, type FaultTarget, once } from './target.js';
import { faultTarget } from './target-shell.js';

const PAYMENT_ID = 'pay_fake_completed';
const ITEM = { id: 'gems-100', pricePerItem: '0.99', quantity: 1, name: '100 gems' } as const;
const USER = { id: 'fake-player-1' } as const;
const QUICK_PAY = '/sdk/server/checkout_links/generate_quick_pay_url';
const SUBSCRIPTION = '/sdk/subscriptions/checkout-links';

/** Stash: getPayment as the read; every checkout and shop call as the charges. */
export async function stashTarget(transport: TransportKind): Promise<FaultTarget> {
  const server = await startStashServer();
  const counter = new AttemptCounter();
  const { credentials } = server;
  const client = (): StashClient =>
    new StashClient({
      baseUrl: server.url,
      allowInsecureHttp: true,
      retry: RETRY,
      shopHandle: credentials.shopHandle,
      auth: { hmac: { shopId: credentials.shopId, secret: credentials.hmacSecret } },
      transport,
      hooks: counter.hooks,
      ...CLIENT_LIMITS,
    });
  const op = routeOps(client, { keyOf: transactionIdOf });
  return faultTarget({
    name: 'stash',
    provider: '@acme/stash-client',
    loopback: server.loopback,
    counter,
    read: (call) => once(client(), (c) => c.getPayment(PAYMENT_ID, call)),
    async okBody() {
      const response = await fetch(`${server.url}/sdk/server/payment/${PAYMENT_ID}`, {
        headers: { 'x-stash-api-key': credentials.apiKey },
      });
      return response.text();
    },
    chargeOps: [
      op('createQuickPayUrl', ['POST', QUICK_PAY], (c, o) =>
        c.createQuickPayUrl({ item: ITEM, user: USER }, o),
      ),
      op('createQuickPayUrl with catalogItems', ['POST', QUICK_PAY], (c, o) =>
        c.createQuickPayUrl({ catalogItems: [{ id: 'fake-sku-001', quantity: 1 }], user: USER }, o),
      ),
      op('createSubscriptionCheckoutLink', ['POST', SUBSCRIPTION], (c, o) =>
        c.createSubscriptionCheckoutLink({ plan: 'plan_gold', currency: 'USD', user: USER }, o),
      ),
      // Its reference documents no transactionId: never retried, even with a key.
      op('createSubscriptionCheckoutLink with idempotencyKey', ['POST', SUBSCRIPTION], (c, o) =>
        c.createSubscriptionCheckoutLink(
          { plan: 'plan_gold', currency: 'USD', user: USER, idempotencyKey: 'fake-order-2' },
          o,
        ),
      ),
      op('generateAuthenticatedUrl', ['POST', '/sdk/server/generate_url'], (c, o) =>
        c.generateAuthenticatedUrl({ user: USER, target: 'STORE' }, o),
      ),
      op('request() shop call', ['POST', '/api/v1/sdk/checkout-links/generate'], (c, o) =>
        c.request('checkout-links/generate', { external_user: USER }, o),
      ),
      op(
        'createQuickPayUrl with idempotencyKey',
        ['POST', QUICK_PAY],
        (c, o) =>
          c.createQuickPayUrl({ item: ITEM, user: USER, idempotencyKey: 'fake-order-1' }, o),
        'key',
      ),
      op(
        'request() marked idempotent',
        ['POST', '/api/v1/sdk/checkout-links/generate'],
        (c, o) =>
          c.request('checkout-links/generate', { external_user: USER }, { ...o, idempotent: true }),
        'marked',
      ),
    ],
    close: () => server.close(),
  });
}

/** The idempotency key as Stash receives it: `transactionId` in the JSON body. */
function transactionIdOf(request: RecordedRequest): unknown {
  try {
    return (JSON.parse(request.body) as { transactionId?: unknown }).transactionId;
  } catch {
    return undefined;
  }
}
