import { ConfigurationError, StashNotFoundError, StashServerError } from '@acme/stash-client';
import { stashGrpcError } from '@acme/testing';
import { describe, expect, it } from 'vitest';
import { rejectionOf, useStash } from './use-stash.js';

const stash = useStash();

describe('request(endpoint, body): the seed docs shop call', () => {
  it('POSTs /api/v1/sdk/{endpoint} with shop_handle added from shopHandle', async () => {
    const server = await stash.start();
    const client = stash.apiKeyClient(server);
    const result = await client.request('checkout-links/generate', { external_user: { id: 'p1' } });
    expect(result).toEqual({
      endpoint: 'checkout-links/generate',
      shopHandle: 'fake-shop',
      received: { shop_handle: 'fake-shop', external_user: { id: 'p1' } },
    });
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/api/v1/sdk/checkout-links/generate');
    expect(request?.headers['content-type']).toBe('application/json');
  });

  it("keeps the body's own shop_handle", async () => {
    const server = await stash.start();
    const client = stash.hmacClient(server);
    const error = await rejectionOf(client.request('/items', { shop_handle: 'other-shop' }));
    expect(StashNotFoundError.is(error)).toBe(true);
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual({ shop_handle: 'other-shop' });
  });

  it('sends a shop call once: never retried unless marked idempotent', async () => {
    const server = await stash.start();
    const client = stash.hmacClient(server);
    server.loopback.enqueue(stashGrpcError(14, 'unavailable'));
    expect(StashServerError.is(await rejectionOf(client.request('grant', { id: 1 })))).toBe(true);
    expect(server.requests).toHaveLength(1);
    server.loopback.reset().enqueue(stashGrpcError(14, 'unavailable'));
    await expect(client.request('grant', { id: 1 }, { idempotent: true })).resolves.toMatchObject({
      endpoint: 'grant',
    });
    expect(server.requests).toHaveLength(2);
  });

  it('refuses an endpoint that is not a name, before any I/O', async () => {
    const server = await stash.start();
    const client = stash.hmacClient(server);
    // Rejected, not thrown: request is async like every Promise-returning method (issue 8).
    for (const endpoint of ['', '../admin', 'a?b=1', 'x/../../y']) {
      await expect(client.request(endpoint, {})).rejects.toThrow(ConfigurationError);
    }
    await expect(client.request('ok', [] as never)).rejects.toThrow(/plain object/);
    expect(server.requests).toHaveLength(0);
  });
});
