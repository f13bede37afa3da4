import { createHmac } from 'node:crypto';
import {
  fakePurchaseSucceededEvent,
  STASH_HMAC_WINDOW_MS,
  type StashServer,
  type StashServerOptions,
  signStashBody,
  startLoopbackServer,
  startStashServer,
  stashKeyBytes,
} from '@acme/testing';
import { afterEach, describe, expect, it } from 'vitest';

const servers: StashServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function start(options?: StashServerOptions): Promise<StashServer> {
  const server = await startStashServer(options);
  servers.push(server);
  return server;
}

/** A raw signed call, as a client that follows the research would send it. */
async function signed(
  server: StashServer,
  method: 'GET' | 'POST',
  path: string,
  body = '',
  at = Date.now(),
  shopId = server.credentials.shopId,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const signature = signStashBody(stashKeyBytes(server.credentials.hmacSecret, 'utf8'), at, body);
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      'x-stash-hmac-signature': `v1;${shopId};${at};${signature}`,
      'content-type': 'application/json',
    },
    ...(method === 'POST' ? { body } : {}),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('startStashServer: routing and grpc-gateway errors', () => {
  it('answers an unknown route 404 {code:5,message:"Not Found"} before any auth', async () => {
    const server = await start();
    const response = await fetch(`${server.url}/sdk/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ code: 5, message: 'Not Found', details: [] });
  });

  it('answers a known path with the wrong method 501 UNIMPLEMENTED', async () => {
    const server = await start();
    const response = await fetch(`${server.url}/sdk/server/generate_url`);
    expect(response.status).toBe(501);
    expect(await response.json()).toMatchObject({ code: 12, message: 'Method Not Allowed' });
  });

  it('refuses a missing credential with 401 UNAUTHENTICATED', async () => {
    const server = await start();
    const response = await fetch(`${server.url}/sdk/server/payment/pay_fake_completed`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 16 });
  });
});

describe('startStashServer: HMAC', () => {
  it('accepts a v1 signature over the exact body', async () => {
    const server = await start();
    const body = JSON.stringify({ user: { id: 'p1' } });
    const result = await signed(server, 'POST', '/sdk/server/generate_url', body);
    expect(result.status).toBe(200);
    expect(result.json.url).toMatch(/\/webshop\?user=p1/);
  });

  it('refuses a signature of other bytes, another shop, or a stale timestamp', async () => {
    const server = await start();
    const body = JSON.stringify({ user: { id: 'p1' } });
    const signature = signStashBody(
      stashKeyBytes(server.credentials.hmacSecret, 'utf8'),
      Date.now(),
      body,
    );
    const reformatted = await fetch(`${server.url}/sdk/server/generate_url`, {
      method: 'POST',
      headers: {
        'x-stash-hmac-signature': `v1;${server.credentials.shopId};${Date.now()};${signature}`,
      },
      body: JSON.stringify(JSON.parse(body), null, 1),
    });
    expect(reformatted.status).toBe(401);
    const other = await signed(
      server,
      'POST',
      '/sdk/server/generate_url',
      body,
      Date.now(),
      '11111111-1111-4111-8111-111111111111',
    );
    expect(other.json.message).toMatch(/unknown shop/);
    const stale = await signed(
      server,
      'GET',
      '/sdk/server/payment/pay_fake_completed',
      '',
      Date.now() - STASH_HMAC_WINDOW_MS - 1_000,
    );
    expect(stale).toMatchObject({ status: 401, json: { code: 16 } });
    const edge = await signed(
      server,
      'GET',
      '/sdk/server/payment/pay_fake_completed',
      '',
      Date.now() - STASH_HMAC_WINDOW_MS + 5_000,
    );
    expect(edge.status).toBe(200);
  });

  it('uses its injected clock for the window', async () => {
    const now = Date.UTC(2026, 0, 1);
    const server = await start({ clock: () => now });
    expect(
      (await signed(server, 'GET', '/sdk/server/payment/pay_fake_completed', '', now)).status,
    ).toBe(200);
    expect((await signed(server, 'GET', '/sdk/server/payment/pay_fake_completed')).status).toBe(
      401,
    );
  });
});

describe('startStashServer: API key', () => {
  it('accepts the key, refuses a wrong one, and plays a new shop that refuses keys', async () => {
    const server = await start();
    const call = (key: string) =>
      fetch(`${server.url}/sdk/server/payment/pay_fake_completed`, {
        headers: { 'x-stash-api-key': key },
      });
    expect((await call(server.credentials.apiKey)).status).toBe(200);
    expect((await call(`fake_wrong_${'0'.repeat(30)}`)).status).toBe(401);
    server.acceptApiKey = false;
    const refused = await call(server.credentials.apiKey);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ message: expect.stringMatching(/new shops/) });
  });

  it('keeps the studio API HMAC-only', async () => {
    const server = await start();
    const response = await fetch(`${server.url}/sdk/studio/${server.credentials.shopId}/products`, {
      headers: { 'x-stash-api-key': server.credentials.apiKey },
    });
    expect(response.status).toBe(401);
  });
});

describe('startStashServer: endpoints', () => {
  it('validates Quick Pay requests like the reference', async () => {
    const server = await start();
    const call = (body: unknown) =>
      signed(
        server,
        'POST',
        '/sdk/server/checkout_links/generate_quick_pay_url',
        JSON.stringify(body),
      );
    const item = { id: 'a', pricePerItem: '0.99', quantity: 1 };
    expect((await call({ user: { id: 'p' } })).json).toMatchObject({ code: 3 });
    expect(
      (await call({ item, catalogItems: [{ id: 'b', quantity: 1 }], user: { id: 'p' } })).status,
    ).toBe(400);
    expect((await call({ item, user: { id: 'a:b' } })).json.message).toMatch(/must not contain/);
    expect((await call({ item, user: { id: 'p' }, currency: 'EUR' })).status).toBe(400);
    expect(
      (
        await call({
          item: { ...item, price_per_item: '1', pricePerItem: undefined },
          user: { id: 'p' },
          transaction_id: 't1',
        })
      ).status,
    ).toBe(200);
    expect(server.quickPayLinks.map((l) => l.transactionId)).toEqual(['t1']);
  });

  it('pages products with limit ≤ 100 and omits nextOffset on the last page', async () => {
    const server = await start();
    const base = `/sdk/studio/${server.credentials.shopId}/products`;
    expect((await signed(server, 'GET', `${base}?limit=5`)).json).toMatchObject({ nextOffset: 5 });
    const last = await signed(server, 'GET', `${base}?limit=5&offset=5`);
    expect(last.json).not.toHaveProperty('nextOffset');
    expect(last.json.products).toHaveLength(2);
    expect((await signed(server, 'GET', `${base}?limit=101`)).json).toMatchObject({ code: 3 });
    expect((await signed(server, 'GET', '/sdk/studio/not-a-uuid/products')).status).toBe(400);
    expect((await signed(server, 'GET', `${base}/missing`)).status).toBe(404);
  });

  it('answers the seed shop call with the handle checked', async () => {
    const server = await start();
    const ok = await signed(
      server,
      'POST',
      '/api/v1/sdk/x',
      JSON.stringify({ shop_handle: 'fake-shop', a: 1 }),
    );
    expect(ok.json).toEqual({
      endpoint: 'x',
      shopHandle: 'fake-shop',
      received: { shop_handle: 'fake-shop', a: 1 },
    });
    expect((await signed(server, 'POST', '/api/v1/sdk/x', '{}')).status).toBe(400);
    expect((await signed(server, 'POST', '/api/v1/sdk/x', '{"shopHandle":"other"}')).status).toBe(
      404,
    );
    expect((await signed(server, 'POST', '/api/v1/sdk/x', 'not json')).status).toBe(400);
  });
});

describe('startStashServer: webhooks', () => {
  it('signs base64(HMAC-SHA256(secret, raw body)) and counts only 200 as delivered', async () => {
    const server = await start();
    const signedEvent = server.signWebhook(fakePurchaseSucceededEvent());
    const expected = createHmac('sha256', server.credentials.webhookSecret)
      .update(signedEvent.body)
      .digest('base64');
    expect(signedEvent.signature).toBe(expected);
    expect(signedEvent.headers['stash-hmac-signature']).toBe(expected);
    await using receiver = await startLoopbackServer();
    receiver.enqueue({ status: 200 }, { status: 204 });
    expect(await server.deliverWebhook(receiver.url, fakePurchaseSucceededEvent())).toMatchObject({
      delivered: true,
    });
    expect(await server.deliverWebhook(receiver.url, fakePurchaseSucceededEvent())).toMatchObject({
      status: 204,
      delivered: false,
    });
    expect(receiver.requests[0]?.headers['stash-hmac-signature']).toBe(expected);
    expect(receiver.requests[0]?.body).toBe(signedEvent.body);
  });
});
