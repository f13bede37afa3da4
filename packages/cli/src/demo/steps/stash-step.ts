import { parseWebhookEvent, StashClient } from '@acme/stash-client';
import { fakePurchaseSucceededEvent, startStashServer } from '@acme/testing';
import { type DemoStep, LOCAL } from '../demo-step.js';

/** Stash: an HMAC-signed quick-pay URL and a signed webhook checked. */
export const stashStep: DemoStep = {
  id: 'stash',
  title: 'Stash (shop server)',
  run: async ({ open, ok, progress }) => {
    progress('starting the local Stash server');
    const server = open(await startStashServer());
    const { shopId, hmacSecret, webhookSecret } = server.credentials;
    const client = open(
      new StashClient({
        ...LOCAL,
        baseUrl: server.url,
        auth: { hmac: { shopId, secret: hmacSecret } },
      }),
    );
    progress('creating a quick-pay URL');
    const { url } = await client.createQuickPayUrl({
      item: { id: 'gems-100', pricePerItem: '0.99', quantity: 1, name: '100 gems' },
      user: { id: 'player-42' },
      idempotencyKey: 'order-42',
    });
    ok(`HMAC-signed quick-pay URL: ${url}`);
    progress('verifying a signed webhook');
    const delivery = server.signWebhook(fakePurchaseSucceededEvent());
    const event = parseWebhookEvent(delivery.body, delivery.signature, webhookSecret);
    ok(`signed webhook verified: ${event.type}`);
  },
};
