import {
  ConfigurationError,
  StashNotFoundError,
  StashPermissionDeniedError,
} from '@acme/stash-client';
import { stashGrpcError } from '@acme/testing';
import { describe, expect, it } from 'vitest';
import { rejectionOf, useStash } from './use-stash.js';

const stash = useStash();

describe('listProducts', () => {
  it('iterates every product over nextOffset, one page per request', async () => {
    const server = await stash.start();
    const client = stash.hmacClient(server);
    const ids: string[] = [];
    for await (const product of client.listProducts({ limit: 3 })) ids.push(product.productId);
    expect(ids).toEqual(server.products.map((p) => p.productId));
    expect(server.requests.map((r) => r.url)).toEqual([
      `/sdk/studio/${server.credentials.shopId}/products?limit=3`,
      `/sdk/studio/${server.credentials.shopId}/products?limit=3&offset=3`,
      `/sdk/studio/${server.credentials.shopId}/products?limit=3&offset=6`,
    ]);
  });

  it('fetches lazily: breaking early stops paging', async () => {
    const server = await stash.start();
    for await (const product of stash.hmacClient(server).listProducts({ limit: 2 })) {
      expect(product.productId).toBe('fake-sku-001');
      break;
    }
    expect(server.requests).toHaveLength(1);
  });

  it('keeps prices as integer cents with decimalPlaces, and unknown fields', async () => {
    const server = await stash.start();
    server.products[0] = { ...server.products[0], newField: { x: 1 } } as never;
    const page = await stash.hmacClient(server).listProductsPage({ limit: 100 });
    expect(page.nextOffset).toBeUndefined();
    expect(page.products).toHaveLength(7);
    expect(page.products[1]?.prices[0]).toMatchObject({
      currency: 'USD',
      cents: 499,
      decimalPlaces: 2,
    });
    expect(page.products[0]).toHaveProperty('newField', { x: 1 });
    expect(page.products[6]?.prices).toEqual([]);
  });

  it('refuses limit over 100 and a missing shop id before any I/O', async () => {
    const server = await stash.start();
    expect(() => stash.hmacClient(server).listProducts({ limit: 101 })).toThrow(/at most 100/);
    expect(() => stash.apiKeyClient(server).listProducts()).toThrow(ConfigurationError);
    await expect(stash.apiKeyClient(server).getProduct('x')).rejects.toThrow(/needs HMAC signing/);
    expect(server.requests).toHaveLength(0);
  });

  it('is refused for another shop', async () => {
    const server = await stash.start();
    const other = '11111111-1111-4111-8111-111111111111';
    const error = await rejectionOf(stash.hmacClient(server).listProductsPage({ shopId: other }));
    expect(StashPermissionDeniedError.is(error)).toBe(true);
    expect(error).toMatchObject({ status: 403, grpcCode: 7, grpcStatus: 'PERMISSION_DENIED' });
  });
});

describe('getProduct and getPayment', () => {
  it('gets a product by its partner id', async () => {
    const server = await stash.start();
    const product = await stash.hmacClient(server).getProduct('fake-sku-003');
    expect(product.displayName?.defaultText).toBe('1200 coins');
    expect(server.requests[0]?.path).toBe(
      `/sdk/studio/${server.credentials.shopId}/products/fake-sku-003`,
    );
  });

  it('maps NOT_FOUND', async () => {
    const server = await stash.start();
    const error = await rejectionOf(stash.hmacClient(server).getProduct('nope'));
    expect(StashNotFoundError.is(error)).toBe(true);
    expect(error).toMatchObject({
      status: 404,
      grpcCode: 5,
      grpcStatus: 'NOT_FOUND',
      code: 'NOT_FOUND',
    });
    expect(server.requests).toHaveLength(1);
  });

  it('gets a payment with money as strings', async () => {
    const server = await stash.start();
    const payment = await stash.hmacClient(server).getPayment('pay_fake_completed');
    expect(payment).toMatchObject({
      status: 'PAYMENT_STATUS_COMPLETED',
      total: '7.47',
      tax: '0.50',
      currency: 'USD',
      timeMillis: '1767225600000',
    });
    expect(payment.items[0]?.pricePerItem).toBe('0.99');
  });

  it('retries a GET on a transient failure and honours Retry-After', async () => {
    const server = await stash.start();
    server.loopback.enqueue(stashGrpcError(8, 'slow down', { retryAfter: 0 }), { fault: 'drop' });
    const payment = await stash.hmacClient(server).getPayment('pay_fake_pending');
    expect(payment.status).toBe('PAYMENT_STATUS_PENDING');
    expect(server.requests).toHaveLength(3);
  });

  it('encodes ids into the path', async () => {
    const server = await stash.start();
    await rejectionOf(stash.hmacClient(server).getPayment('a/b?c'));
    expect(server.requests[0]?.path).toBe('/sdk/server/payment/a%2Fb%3Fc');
  });
});
