// The README's Stash tour, compiled by the CLI's type tests (packages/cli/test/tour.test-d.ts);
// a test checks that README.md shows the region below exactly.
// #region readme
import { StashClient, verifyWebhook } from '@acme/stash-client';

const stash = new StashClient({
  environment: 'test',
  auth: {
    hmac: {
      shopId: process.env.STASH_SHOP_ID ?? '',
      secret: process.env.STASH_INGRESS_SECRET ?? '',
    },
  },
});
const { url } = await stash.createQuickPayUrl({
  item: { id: 'gems-100', pricePerItem: '0.99', quantity: 1, name: '100 gems' },
  user: { id: 'player-42' },
  idempotencyKey: 'order-42', // retried safely; without a key the call is sent once
});

// #endregion readme

export { url, verifyWebhook };
