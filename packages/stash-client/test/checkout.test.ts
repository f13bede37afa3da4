import {
  ConfigurationError,
  type CreateQuickPayUrlRequest,
  StashBadRequestError,
  StashServerError,
} from '@acme/stash-client';
import { stashGrpcError } from '@acme/testing';
import { describe, expect, it } from 'vitest';
import { rejectionOf, useStash } from './use-stash.js';

const stash = useStash();
const item = { id: 'gems-100', pricePerItem: '0.99', quantity: 2 } as const;

describe('createQuickPayUrl', () => {
  it('creates a URL for one item, sending money as a decimal string', async () => {
    const server = await stash.start();
    const result = await stash
      .hmacClient(server)
      .createQuickPayUrl({ item, user: { id: 'player-1' }, regionCode: 'CA' });
    expect(result.url).toMatch(/\/pay\//);
    expect(result.id).toBe(server.quickPayLinks[0]?.id);
    expect(result.regionCode).toBe('CA');
    expect(JSON.parse(server.requests[0]?.body ?? '')).toMatchObject({
      item: { pricePerItem: '0.99' },
    });
    expect(server.requests[0]?.path).toBe('/sdk/server/checkout_links/generate_quick_pay_url');
  });

  it('creates a URL for catalog items', async () => {
    const server = await stash.start();
    const result = await stash.hmacClient(server).createQuickPayUrl({
      catalogItems: [{ id: 'fake-sku-001', quantity: 1 }],
      user: { id: 'p' },
    });
    expect(result.regionCode).toBe('US');
  });

  it('checks item xor catalogItems, user.id and money before any I/O', async () => {
    const server = await stash.start();
    const client = stash.hmacClient(server);
    const both = {
      item,
      catalogItems: [{ id: 'x', quantity: 1 }],
      user: { id: 'p' },
    } as unknown as CreateQuickPayUrlRequest;
    const neither = { user: { id: 'p' } } as unknown as CreateQuickPayUrlRequest;
    for (const input of [both, neither]) {
      const error = await rejectionOf(client.createQuickPayUrl(input));
      expect(ConfigurationError.is(error)).toBe(true);
      expect((error as Error).message).toMatch(/exactly one of item and catalogItems/);
    }
    const colon = await rejectionOf(client.createQuickPayUrl({ item, user: { id: 'steam:123' } }));
    expect((colon as ConfigurationError).option).toBe('user.id');
    const float = await rejectionOf(
      client.createQuickPayUrl({
        item: { ...item, pricePerItem: 0.99 as never },
        user: { id: 'p' },
      }),
    );
    expect((float as ConfigurationError).option).toBe('item.pricePerItem');
    const eur = await rejectionOf(
      client.createQuickPayUrl({ item, user: { id: 'p' }, currency: 'EUR' as never }),
    );
    expect((eur as ConfigurationError).option).toBe('currency');
    expect(server.requests).toHaveLength(0);
  });

  it('sends idempotencyKey as transactionId and retries such a call', async () => {
    const server = await stash.start();
    const client = stash.hmacClient(server);
    server.loopback.enqueue({ fault: 'reset' }, stashGrpcError(14, 'unavailable'));
    const result = await client.createQuickPayUrl({
      item,
      user: { id: 'p' },
      idempotencyKey: 'order-42',
    });
    expect(server.requests).toHaveLength(3);
    for (const request of server.requests) {
      const body = JSON.parse(request.body) as Record<string, unknown>;
      expect(body.transactionId).toBe('order-42');
      expect(body).not.toHaveProperty('idempotencyKey');
    }
    // Charged once: only the last attempt reached the handler.
    expect(server.quickPayLinks).toHaveLength(1);
    expect(server.quickPayLinks[0]).toMatchObject({ id: result.id, transactionId: 'order-42' });
  });

  it('never retries a checkout without an idempotencyKey', async () => {
    const server = await stash.start();
    const client = stash.hmacClient(server);
    server.loopback.enqueue(stashGrpcError(14, 'unavailable'));
    expect(
      StashServerError.is(await rejectionOf(client.createQuickPayUrl({ item, user: { id: 'p' } }))),
    ).toBe(true);
    server.loopback.enqueue({ fault: 'reset' });
    await rejectionOf(
      client.createQuickPayUrl({ item, user: { id: 'p' }, transactionId: 'tracking-only' }),
    );
    expect(server.requests).toHaveLength(2);
    expect(server.quickPayLinks).toHaveLength(0);
  });

  it('refuses an idempotencyKey that contradicts transactionId', async () => {
    const server = await stash.start();
    const error = await rejectionOf(
      stash
        .hmacClient(server)
        .createQuickPayUrl({ item, user: { id: 'p' }, idempotencyKey: 'a', transactionId: 'b' }),
    );
    expect((error as ConfigurationError).option).toBe('idempotencyKey');
    expect(server.requests).toHaveLength(0);
  });

  it('maps the server-side INVALID_ARGUMENT to StashBadRequestError', async () => {
    const server = await stash.start();
    // A rule the pre-flight check does not know: the server refuses, the mapper classifies.
    server.loopback.enqueue(
      stashGrpcError(3, 'invalid GenerateQuickPayUrlRequest.User.Id: value is required'),
    );
    const error = await rejectionOf(
      stash.hmacClient(server).createQuickPayUrl({ item, user: { id: 'p' } }),
    );
    expect(StashBadRequestError.is(error)).toBe(true);
    expect(error).toMatchObject({
      status: 400,
      grpcCode: 3,
      grpcStatus: 'INVALID_ARGUMENT',
      code: 'INVALID_ARGUMENT',
    });
  });
});

describe('generateAuthenticatedUrl and createSubscriptionCheckoutLink', () => {
  it('generates a pre-authenticated webshop URL, sent once', async () => {
    const server = await stash.start();
    const { url } = await stash
      .hmacClient(server)
      .generateAuthenticatedUrl({ user: { id: 'player-7' }, target: 'STORE' });
    expect(url).toMatch(/\/webshop\/store\?user=player-7/);
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual({
      user: { id: 'player-7' },
      target: 'STORE',
    });
  });

  it('never retries a subscription checkout link, even with an idempotencyKey', async () => {
    const server = await stash.start();
    const client = stash.apiKeyClient(server);
    server.loopback.enqueue(stashGrpcError(14, 'unavailable'));
    const input = {
      plan: 'plan_gold',
      currency: 'USD',
      user: { id: 'p' },
      idempotencyKey: 'sub-1',
    };
    // Stash documents no transactionId here, so a retry could make a second link.
    await expect(client.createSubscriptionCheckoutLink(input)).rejects.toThrow(
      /503|UNAVAILABLE|unavailable/i,
    );
    expect(server.requests).toHaveLength(1);
    const link = await client.createSubscriptionCheckoutLink(input);
    expect(link.url).toMatch(/\/subscribe\//);
    expect(server.subscriptionLinks[0]?.transactionId).toBe('sub-1');
  });
});
