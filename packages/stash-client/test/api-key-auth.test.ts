import { ConfigurationError, StashAuthenticationError } from '@acme/stash-client';
import { describe, expect, it } from 'vitest';
import { rejectionOf, useStash } from './use-stash.js';

const stash = useStash();

describe('API-key auth (deprecated)', () => {
  it('sends X-Stash-Api-Key and no signature', async () => {
    const server = await stash.start();
    const client = stash.apiKeyClient(server);
    expect(client.authScheme).toBe('apiKey');
    await client.getPayment('pay_fake_completed');
    expect(server.requests[0]?.headers['x-stash-api-key']).toBe(server.credentials.apiKey);
    expect(server.requests[0]?.headers['x-stash-hmac-signature']).toBeUndefined();
  });

  it('explains a refused key with hints and never quotes it', async () => {
    const server = await stash.start();
    const wrong = `fake_rotated_key_${'9'.repeat(24)}`;
    const client = stash.apiKeyClient(server, { apiKey: wrong });
    const error = await rejectionOf(
      client.createQuickPayUrl({
        item: { id: 'a', pricePerItem: '1.00', quantity: 1 },
        user: { id: 'p' },
      }),
    );
    expect(StashAuthenticationError.is(error)).toBe(true);
    if (!StashAuthenticationError.is(error)) return;
    expect(error.authScheme).toBe('apiKey');
    expect(error.credentialExpired).toBe(false);
    expect(error.hints.join(' ')).toMatch(/another environment/);
    expect(error.hints.join(' ')).toMatch(/rotated or deleted/);
    expect(error.hints.join(' ')).toMatch(/switch to auth: \{ hmac/);
    const text = `${error.message} ${JSON.stringify(error)} ${JSON.stringify(error.headers)}`;
    expect(text).not.toContain(wrong);
    expect(server.requests).toHaveLength(1);
  });

  it('surfaces a new shop refusing API keys', async () => {
    const server = await stash.start({ acceptApiKey: false });
    const error = await rejectionOf(stash.apiKeyClient(server).getPayment('pay_fake_completed'));
    expect(StashAuthenticationError.is(error)).toBe(true);
    expect((error as Error).message).toMatch(/no longer supported for new shops/);
  });

  it('cannot list products: the studio API takes HMAC only, so nothing is sent', async () => {
    const server = await stash.start();
    const client = stash.apiKeyClient(server);
    const error = await rejectionOf(
      client.getProduct('fake-sku-001', { shopId: server.credentials.shopId }),
    );
    expect(ConfigurationError.is(error)).toBe(true);
    expect(String(error)).toMatch(/needs HMAC signing/);
    expect(server.requests).toHaveLength(0);
  });
});
