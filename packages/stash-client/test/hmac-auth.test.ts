import { createHmac } from 'node:crypto';
import { STASH_HMAC_WINDOW_MS, StashAuthenticationError, StashClient } from '@acme/stash-client';
import { stashGrpcError } from '@acme/testing';
import { describe, expect, it } from 'vitest';
import { rejectionOf, useStash } from './use-stash.js';

const stash = useStash();

function expectedSignature(secret: string, header: string, body: string): string {
  const [, , timestamp] = header.split(';');
  return createHmac('sha256', Buffer.from(secret, 'utf8'))
    .update(`${timestamp}.${body}`)
    .digest('base64');
}

describe('HMAC auth', () => {
  it('signs the exact bytes it sends, as v1;{shopId};{ms};{base64}', async () => {
    const server = await stash.start();
    const client = stash.hmacClient(server, { clock: () => Date.now() });
    await client.createQuickPayUrl({
      item: { id: 'gems-100', pricePerItem: '0.99', quantity: 1, name: 'Ünïcødé gems' },
      user: { id: 'player-1' },
    });
    const [request] = server.requests;
    const header = request?.headers['x-stash-hmac-signature'] ?? '';
    const [version, shopId, timestamp, signature] = header.split(';');
    expect(version).toBe('v1');
    expect(shopId).toBe(server.credentials.shopId);
    expect(Number(timestamp)).toBeGreaterThan(Date.now() - 10_000);
    expect(signature).toBe(
      expectedSignature(server.credentials.hmacSecret, header, request?.body ?? ''),
    );
    expect(request?.body).toBe(JSON.stringify(JSON.parse(request?.body ?? '')));
    expect(request?.headers['x-stash-api-key']).toBeUndefined();
  });

  it('signs an empty body for GET', async () => {
    const server = await stash.start();
    await stash.hmacClient(server).getPayment('pay_fake_completed');
    const header = server.requests[0]?.headers['x-stash-hmac-signature'] ?? '';
    expect(server.requests[0]?.body).toBe('');
    expect(header.split(';')[3]).toBe(expectedSignature(server.credentials.hmacSecret, header, ''));
  });

  it('signs each retry again with a fresh timestamp', async () => {
    const server = await stash.start();
    let now = Date.now();
    const client = stash.hmacClient(server, { clock: () => (now += 1_000) });
    server.loopback.enqueue(stashGrpcError(14, 'unavailable'));
    await client.getPayment('pay_fake_completed');
    const stamps = server.requests.map((r) => r.headers['x-stash-hmac-signature']?.split(';')[2]);
    expect(stamps).toHaveLength(2);
    expect(stamps[0]).not.toBe(stamps[1]);
  });

  it('is refused with clock-skew hints when the clock is over 5 minutes off', async () => {
    const server = await stash.start();
    const client = stash.hmacClient(server, {
      clock: () => Date.now() - STASH_HMAC_WINDOW_MS - 60_000,
    });
    const error = await rejectionOf(client.getPayment('pay_fake_completed'));
    expect(StashAuthenticationError.is(error)).toBe(true);
    if (!StashAuthenticationError.is(error)) return;
    expect(error.status).toBe(401);
    expect(error.grpcCode).toBe(16);
    expect(error.grpcStatus).toBe('UNAUTHENTICATED');
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.authScheme).toBe('hmac');
    expect(error.hints.join(' ')).toMatch(/5 minutes/);
    expect(error.message).toMatch(/outside the allowed window/);
    expect(server.requests).toHaveLength(1); // a 401 is not retried
  });

  it('is refused with rotation and environment hints for a wrong secret, never quoting it', async () => {
    const server = await stash.start();
    const wrong = `fake_wrong_secret_${'1'.repeat(20)}`;
    const client = stash.hmacClient(server, { secret: wrong, environment: 'test' });
    const error = await rejectionOf(client.getPayment('pay_fake_completed'));
    expect(StashAuthenticationError.is(error)).toBe(true);
    const text = `${String(error)} ${JSON.stringify(error)}`;
    expect(text).toMatch(/rotated or deleted/);
    expect(text).toMatch(/production key/);
    expect(text).not.toContain(wrong);
    expect(text).not.toContain(server.credentials.hmacSecret);
  });

  it('signs with the base64-decoded secret when keyEncoding is base64', async () => {
    const server = await stash.start({ keyEncoding: 'base64' });
    const utf8 = stash.hmacClient(server);
    expect(
      StashAuthenticationError.is(await rejectionOf(utf8.getPayment('pay_fake_completed'))),
    ).toBe(true);
    await using client = new StashClient({
      baseUrl: server.url,
      allowInsecureHttp: true,
      auth: {
        hmac: {
          shopId: server.credentials.shopId,
          secret: server.credentials.hmacSecret,
          keyEncoding: 'base64',
        },
      },
    });
    await expect(client.getPayment('pay_fake_completed')).resolves.toMatchObject({ total: '7.47' });
  });
});
