import { fakeStakeToken } from '@acme/testing';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AuthenticationError, StakeAuth, StakeClient, stakeDecimal } from '../src/index.js';
import { FAKE_CF_CLEARANCE, useStake } from './helpers.js';

const stake = useStake();

describe('StakeClient over a local Stake', () => {
  it('reads balances as exact decimal strings, 1e-8 included', async () => {
    const server = await stake.start();
    const client = stake.client(server);
    await expect(client.getUserBalances()).resolves.toEqual({
      available: { btc: '0.00000001', eth: '0.12345678', usdt: '12345678901.12345678' },
      vault: { btc: '0.5', eth: '0', usdt: '100' },
    });
    const [request] = server.requests;
    expect(request?.body).toContain('"operationName":"UserBalances"');
    expect(request?.headers['x-operation-type']).toBe('query');
  });

  it('reads the profile and the conversion rates', async () => {
    const server = await stake.start();
    const client = stake.client(server);
    await expect(client.getUserProfile()).resolves.toMatchObject({
      id: 'fake-user-alice',
      name: 'fake_alice',
      hasEmailVerified: true,
      createdAt: '2024-01-02T03:04:05.000Z',
    });
    const rates = await client.getConversionRates();
    expect(rates.baseRates).toEqual({
      btc: '97000.12345678',
      eth: '3400.5',
      ltc: '85.25',
      usdt: '1',
    });
    expect(rates.displayFiatCurrencies).toContain('eur');
    expect(JSON.parse(server.requests[1]?.body ?? '{}').variables).toEqual({ isAcp: false });
    await client.getConversionRates({ isAcp: true });
    expect(JSON.parse(server.requests[2]?.body ?? '{}').variables).toEqual({ isAcp: true });
  });

  it('sends exactly the headers StakeAuth.getAuthHeaders() builds', async () => {
    const server = await stake.start();
    const client = stake.client(server, {
      cfClearance: FAKE_CF_CLEARANCE,
      userAgent: 'FakeBrowser/1.0 (test)',
      language: 'fr',
    });
    await client.getUserBalances();
    const sent = server.requests[0]?.headers ?? {};
    const built = await client.auth.getAuthHeaders();
    for (const [name, value] of Object.entries(built)) expect(sent[name]).toBe(value);
    const token = server.accounts[0]?.accessToken;
    expect(sent['x-access-token']).toBe(token);
    // session defaults to the token, then cf_clearance, in that order.
    expect(sent.cookie).toBe(`session=${token}; cf_clearance=${FAKE_CF_CLEARANCE}`);
    expect(sent['x-language']).toBe('fr');
    expect(sent['user-agent']).toBe('FakeBrowser/1.0 (test)');
    expect(sent.origin).toBe(server.url);
    expect(sent.referer).toBe(`${server.url}/`);
    expect(sent['content-type']).toBe('application/json');
    expect(Object.keys(sent).some((h) => h.startsWith('sec-ch-ua'))).toBe(false);
  });

  it('derives origin and referer from a mirror base URL', async () => {
    const auth = new StakeAuth({
      accessToken: fakeStakeToken('fa4e'),
      baseUrl: 'https://stake.us/',
    });
    const headers = await auth.getAuthHeaders();
    expect(headers.origin).toBe('https://stake.us');
    expect(headers.referer).toBe('https://stake.us/');
    expect(new StakeClient({ auth, rateLimit: false }).auth.baseUrl).toBe('https://stake.us/');
  });

  it('rotates the token through client.auth', async () => {
    const server = await stake.start();
    const client = stake.client(server);
    client.auth.setAccessToken(fakeStakeToken('dead'));
    await expect(client.getUserBalances()).resolves.toEqual({
      available: { ltc: '3.5' },
      vault: { ltc: '0' },
    });
    expect(server.requests[0]?.headers['x-access-token']).toBe(fakeStakeToken('dead'));
  });

  it('runs a custom operation with variables and a zod schema using stakeDecimal', async () => {
    const server = await stake.start();
    server.setOperation('TipLimit', ({ variables }) => ({
      headers: { 'content-type': 'application/json' },
      body: `{"data":{"tipLimit":{"currency":"${String(variables.currency)}","min":1e-7}}}`,
    }));
    const client = stake.client(server);
    const data = await client.graphql(
      'query TipLimit($currency: CurrencyEnum!) { tipLimit(currency: $currency) { currency min } }',
      {
        variables: { currency: 'btc' },
        schema: z.object({ tipLimit: z.object({ currency: z.string(), min: stakeDecimal }) }),
      },
    );
    expect(data).toEqual({ tipLimit: { currency: 'btc', min: '0.0000001' } });
  });

  it('treats a null user as an authentication failure, not empty balances', async () => {
    const server = await stake.start();
    const client = stake.client(server, { accessToken: fakeStakeToken('beef') });
    const error = await client.getUserBalances().catch((e: unknown) => e);
    expect(AuthenticationError.is(error)).toBe(true);
    expect((error as AuthenticationError).credentialExpired).toBe(false);
    expect(String((error as Error).message)).not.toContain(fakeStakeToken('beef'));
    expect(server.requests).toHaveLength(1);
  });
});

describe('overridden documents', () => {
  it('sends the overriding document its own operation name, which the server checks', async () => {
    const server = await stake.start();
    server.setOperation('MyProfile', ({ account }) => ({
      json: { data: { user: { id: account?.id ?? 'none', name: 'from MyProfile' } } },
    }));
    const client = stake.client(server, {
      documents: { userProfile: '# query UserProfile\nquery MyProfile { user { id name } }' },
    });
    await expect(client.getUserProfile()).resolves.toEqual({
      id: 'fake-user-alice',
      name: 'from MyProfile',
    });
    expect(JSON.parse(server.requests[0]?.body ?? '{}')).toHaveProperty(
      'operationName',
      'MyProfile',
    );
  });
});
