import { refreshingCredential, Secret, staticCredential } from '@core/auth';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, CredentialError, StakeAuth, StakeClient } from '../src/index.js';
import { FAKE_TOKEN, useStake } from './helpers.js';

const stake = useStake();

describe('StakeAuth', () => {
  it("tracks expiry with StakeAPI's rules fixed", () => {
    let now = 1_000_000;
    const auth = new StakeAuth({ accessToken: FAKE_TOKEN, clock: () => now });
    expect(auth.isTokenExpired()).toBe(false); // no known expiry
    auth.setAccessToken(FAKE_TOKEN, { expiresIn: 3_600 });
    expect(auth.isTokenExpired()).toBe(false);
    now += 3_400_000; // 200 s left: inside the 300 s skew
    expect(auth.isTokenExpired()).toBe(true);
    expect(auth.isTokenExpired({ skewSeconds: 0 })).toBe(false);
    auth.setAccessToken(FAKE_TOKEN, { expiresIn: 0 });
    expect(auth.isTokenExpired({ skewSeconds: 0 })).toBe(true);
    auth.setAccessToken(FAKE_TOKEN); // no expiresIn clears the stale expiry
    expect(auth.isTokenExpired()).toBe(false);
    auth.clearTokens();
    expect(auth.isTokenExpired()).toBe(true);
  });

  it('refuses to send an expired or cleared token', async () => {
    const auth = new StakeAuth({ accessToken: FAKE_TOKEN, expiresIn: 0 });
    await expect(auth.getAuthHeaders()).rejects.toSatisfy((e) => CredentialError.is(e));
    auth.clearTokens();
    await expect(auth.getAuthHeaders()).rejects.toThrow(/no access token/);
  });

  it('keeps the session cookie when it differs, and refuses a cookie with a stray quote', async () => {
    const auth = new StakeAuth({ accessToken: FAKE_TOKEN });
    auth.setSessionCookie('fake-session-0000');
    expect((await auth.getAuthHeaders()).cookie).toBe('session=fake-session-0000');
    expect(() => auth.setSessionCookie("abc'")).toThrow(/not a valid cookie value/);
    expect(() => auth.setCfClearance('a;b')).toThrow(/not a valid cookie value/);
  });

  it('returns the same credential object until something changes', async () => {
    const auth = new StakeAuth({ accessToken: FAKE_TOKEN });
    const first = await auth.getCredential();
    expect(await auth.getCredential()).toBe(first);
    auth.setCfClearance('fake-cf-0000');
    expect(await auth.getCredential()).not.toBe(first);
  });

  it('never prints a secret', () => {
    const auth = new StakeAuth({ accessToken: FAKE_TOKEN, cfClearance: 'fake-cf-clearance-0000' });
    const printed =
      JSON.stringify(auth) + JSON.stringify(new StakeClient({ auth, rateLimit: false }));
    expect(printed).not.toContain(FAKE_TOKEN);
    expect(printed).not.toContain('fake-cf-clearance-0000');
  });
});

describe('credential providers', () => {
  it('reads the token from a provider, session cookie defaulting to it', async () => {
    const server = await stake.start();
    const token = server.accounts[1]?.accessToken ?? '';
    const client = stake.client(server, {
      accessToken: undefined,
      credentials: staticCredential({ accessToken: Secret.from(token) }),
    });
    await expect(client.getUserBalances()).resolves.toHaveProperty('available.ltc', '3.5');
    expect(server.requests[0]?.headers.cookie).toBe(`session=${token}`);
  });

  it('refreshes a refreshable provider once when Stake refuses its token', async () => {
    const server = await stake.start();
    const good = server.accounts[0]?.accessToken ?? '';
    let calls = 0;
    const credentials = refreshingCredential({
      refresh: async () => ({
        accessToken: Secret.from(calls++ === 0 ? 'beef'.repeat(24) : good),
        expiresAt: Date.now() + 600_000,
      }),
    });
    const client = stake.client(server, { accessToken: undefined, credentials });
    await expect(client.getUserBalances()).resolves.toHaveProperty('available.btc', '0.00000001');
    expect(server.requests.map((r) => r.headers['x-access-token'])).toEqual([
      'beef'.repeat(24),
      good,
    ]);
  });
});

describe('StakeAuth with a credentials provider', () => {
  it('refuses the setters and clearTokens: a provider owns its credential', () => {
    const auth = new StakeAuth({
      credentials: staticCredential({ accessToken: Secret.from('fa4e'.repeat(24)) }),
    });
    for (const change of [
      () => auth.setAccessToken('dead'.repeat(24)),
      () => auth.setSessionCookie('dead'.repeat(24)),
      () => auth.setCfClearance('fake_cf'),
      () => auth.clearTokens(),
    ]) {
      expect(change).toThrow(ConfigurationError);
      expect(change).toThrow(/credentials provider/);
    }
  });

  it("uses the provider credential's expiresAt for isTokenExpired", async () => {
    let now = 1_000_000;
    const auth = new StakeAuth({
      clock: () => now,
      credentials: refreshingCredential({
        clock: () => now,
        refresh: async () => ({
          accessToken: Secret.from('fa4e'.repeat(24)),
          expiresAt: now + 600_000,
        }),
      }),
    });
    expect(auth.isTokenExpired()).toBe(false);
    await auth.getCredential();
    expect(auth.isTokenExpired()).toBe(false);
    now += 400_000;
    expect(auth.isTokenExpired()).toBe(true);
    expect(auth.isTokenExpired({ skewSeconds: 0 })).toBe(false);
  });
});

describe('__cf_bm', () => {
  it('sends it in the cookie after session and cf_clearance (research §5)', async () => {
    const server = await stake.start();
    const token = server.accounts[0]?.accessToken ?? '';
    const client = stake.client(server, {
      cfClearance: 'fake_cf_clearance-0000',
      cfBm: 'fake_cf_bm-0000.1700000000',
    });
    await client.getUserBalances();
    expect(server.requests[0]?.headers.cookie).toBe(
      `session=${token}; cf_clearance=fake_cf_clearance-0000; __cf_bm=fake_cf_bm-0000.1700000000`,
    );
    expect(JSON.stringify(client)).not.toContain('fake_cf_bm-0000');
  });
});

describe('header option checks at construction', () => {
  it('refuses a bad language or lockdownToken before any request, never quoting the token', () => {
    expect(() => new StakeAuth({ accessToken: FAKE_TOKEN, language: 'en\r\nx: 1' })).toThrow(
      /language must be a language tag/,
    );
    expect(() => new StakeAuth({ accessToken: FAKE_TOKEN, language: '' })).toThrow(
      ConfigurationError,
    );
    expect(new StakeAuth({ accessToken: FAKE_TOKEN, language: 'pt-BR' }).settings.language).toBe(
      'pt-BR',
    );
    const badLockdown = 'fake lockdown token';
    let message = '';
    try {
      new StakeAuth({ accessToken: FAKE_TOKEN, lockdownToken: badLockdown });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/lockdownToken is not a header value/);
    expect(message).not.toContain(badLockdown);
  });
});
