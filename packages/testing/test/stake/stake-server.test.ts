import {
  cloudflare1015,
  cloudflareChallenge,
  fakeStakeToken,
  type StakeServer,
  stakeParallelBet,
  stakeTooManyRequests,
  startStakeServer,
} from '@acme/testing';
import { afterEach, describe, expect, it } from 'vitest';

const BALANCES =
  'query UserBalances { user { id balances { available { amount currency } vault { amount currency } } } }';
let server: StakeServer;
afterEach(() => server?.close());

async function post(
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string; type: string }> {
  const response = await fetch(`${server.url}/_api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    text: await response.text(),
    type: response.headers.get('content-type') ?? '',
  };
}

describe('startStakeServer', () => {
  it('serves balances as JSON numbers, tiny ones as written', async () => {
    server = await startStakeServer();
    const token = server.accounts[0]?.accessToken ?? '';
    const { status, text } = await post(
      { query: BALANCES, operationName: 'UserBalances' },
      { 'x-access-token': token },
    );
    expect(status).toBe(200);
    expect(text).toContain('"amount":1e-8');
    expect(text).toContain('"amount":12345678901.12345678');
    expect(text).not.toContain('"amount":"');
  });

  it('checks the token format and the session cookie, Stake-style with HTTP 200', async () => {
    server = await startStakeServer();
    const token = server.accounts[0]?.accessToken ?? '';
    const bad = await post({ query: BALANCES }, { 'x-access-token': 'not-hex' });
    expect(bad.status).toBe(200);
    expect(JSON.parse(bad.text)).toMatchObject({
      errors: [{ errorType: 'unauthenticated' }],
      data: { user: null },
    });
    const mismatch = await post(
      { query: BALANCES },
      { 'x-access-token': token, cookie: `session=${fakeStakeToken('dead')}` },
    );
    expect(JSON.parse(mismatch.text).errors[0].message).toMatch(/does not match/);
    const matching = await post(
      { query: BALANCES },
      { 'x-access-token': token, cookie: `a=1; session=${token}` },
    );
    expect(JSON.parse(matching.text).data.user.id).toBe('fake-user-alice');
  });

  it('answers an unknown token or none with a null user', async () => {
    server = await startStakeServer();
    for (const headers of [{ 'x-access-token': fakeStakeToken('beef') }, {}]) {
      expect(JSON.parse((await post({ query: BALANCES }, headers)).text)).toEqual({
        data: { user: null },
      });
    }
  });

  it('serves profile and rates, and says which operations it does not serve', async () => {
    server = await startStakeServer();
    const token = server.accounts[1]?.accessToken ?? '';
    const profile = await post(
      { query: 'query UserProfile { user { id name } }' },
      { 'x-access-token': token },
    );
    expect(JSON.parse(profile.text).data.user.name).toBe('fake_bob');
    const rates = await post({
      query: 'query CurrencyConfiguration($isAcp: Boolean!) { x }',
      variables: { isAcp: false },
    });
    expect(rates.text).toContain('"baseRate":97000.12345678');
    const missing = await post({ query: 'query CurrencyConfiguration { x }' });
    expect(JSON.parse(missing.text).errors[0].message).toMatch(/isAcp/);
    const unknown = await post({ query: 'query Nope { x }' });
    expect(JSON.parse(unknown.text).errors[0].errorType).toBe('invalidOperation');
  });

  it('serves scripted challenge, 1015, 429 and parallelCasinoBet answers, then goes back to normal', async () => {
    server = await startStakeServer();
    server.enqueue(
      cloudflareChallenge(503),
      cloudflare1015(),
      stakeTooManyRequests(2),
      stakeParallelBet(),
    );
    const challenge = await post({ query: BALANCES });
    expect([challenge.status, challenge.type]).toEqual([503, 'text/html; charset=UTF-8']);
    expect(challenge.text).toMatch(/Just a moment/);
    const limited = await post({ query: BALANCES });
    expect(limited.status).toBe(429);
    expect(limited.text).toContain('<span class="cf-error-code">1015</span>');
    expect(limited.text).toContain('You are being rate limited');
    const retry = await fetch(`${server.url}/_api/graphql`, { method: 'POST', body: '{}' });
    expect([retry.status, retry.headers.get('retry-after')]).toEqual([429, '2']);
    const parallel = await post({ query: BALANCES });
    expect(JSON.parse(parallel.text).errors[0].errorType).toBe('parallelCasinoBet');
    expect(JSON.parse((await post({ query: BALANCES })).text)).toEqual({ data: { user: null } });
    expect(server.requests).toHaveLength(5);
  });

  it('serves the realistic 1015 page on a 403 too', async () => {
    server = await startStakeServer();
    server.enqueue(cloudflare1015(403));
    const limited = await post({ query: BALANCES });
    expect([limited.status, limited.type]).toEqual([403, 'text/html; charset=UTF-8']);
    expect(limited.text).toMatch(/cf-error-code">1015</);
    expect(limited.text).not.toMatch(/Just a moment/);
  });

  it('refuses an operationName the document does not define, as GraphQL servers do', async () => {
    server = await startStakeServer();
    const token = server.accounts[0]?.accessToken ?? '';
    const wrong = await post(
      { query: 'query MyProfile { user { id name } }', operationName: 'UserProfile' },
      { 'x-access-token': token },
    );
    expect(wrong.status).toBe(400);
    expect(JSON.parse(wrong.text).errors[0].message).toBe('Unknown operation named "UserProfile".');
    const commented = await post(
      { query: '# query UserProfile\nquery Other { user { id } }', operationName: 'UserProfile' },
      { 'x-access-token': token },
    );
    expect(commented.status).toBe(400);
    const ambiguous = await post({ query: 'query A { x } query B { y }' });
    expect(JSON.parse(ambiguous.text).errors[0].message).toMatch(/Must provide operation name/);
    const chosen = await post(
      {
        query: 'query A { x } query UserProfile { user { id name } }',
        operationName: 'UserProfile',
      },
      { 'x-access-token': token },
    );
    expect(JSON.parse(chosen.text).data.user.name).toBe('fake_alice');
  });

  it('refuses GET and non-JSON bodies', async () => {
    server = await startStakeServer();
    expect((await fetch(`${server.url}/_api/graphql`)).status).toBe(405);
    const bad = await fetch(`${server.url}/_api/graphql`, { method: 'POST', body: 'nope' });
    expect(bad.status).toBe(400);
  });
});
