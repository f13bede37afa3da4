import { StashClient, type StashWebhookEvent } from '@acme/stash-client';
import { describe, expectTypeOf, it } from 'vitest';

const hmac = { shopId: '00000000-0000-4000-8000-00000000fa4e', secret: 'fake_secret' };

describe('StashClient types', () => {
  it('requires environment or baseUrl, and one auth scheme', () => {
    // @ts-expect-error neither environment nor baseUrl
    new StashClient({ auth: { hmac } });
    // @ts-expect-error an unknown environment
    new StashClient({ environment: 'staging', auth: { hmac } });
    // @ts-expect-error both auth schemes
    new StashClient({ environment: 'test', auth: { apiKey: 'fake', hmac } });
    new StashClient({ environment: 'test', auth: { hmac } });
    new StashClient({ baseUrl: 'https://test-api.stashstaging.com', auth: { apiKey: 'fake' } });
  });

  it('takes item xor catalogItems', () => {
    const client = new StashClient({ environment: 'test', auth: { hmac } });
    const user = { id: 'p' };
    const item = { id: 'a', pricePerItem: '0.99', quantity: 1 };
    client.createQuickPayUrl({ item, user });
    client.createQuickPayUrl({ catalogItems: [{ id: 'a', quantity: 1 }], user });
    // @ts-expect-error both
    client.createQuickPayUrl({ item, catalogItems: [{ id: 'a', quantity: 1 }], user });
    // @ts-expect-error money is a string
    client.createQuickPayUrl({ item: { ...item, pricePerItem: 0.99 }, user });
    expectTypeOf(client.listProducts()).toMatchTypeOf<AsyncIterable<{ productId: string }>>();
  });

  it('narrows webhook events on type', () => {
    const event = {} as StashWebhookEvent;
    if (event.type === 'PURCHASE_SUCCEEDED')
      expectTypeOf(event.data.orderId).toEqualTypeOf<string>();
    if (event.type === 'UNKNOWN') expectTypeOf(event.eventType).toEqualTypeOf<string>();
  });
});
