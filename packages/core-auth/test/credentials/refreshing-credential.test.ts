import { getEventListeners } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_REFRESH_WINDOW_MS,
  refreshingCredential,
} from '../../src/credentials/refreshing-credential.js';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { CredentialError } from '../../src/errors/credential-error.js';
import { SdkError } from '../../src/errors/sdk-error.js';
import { deferred } from './deferred.js';

interface Token {
  token: string;
  expiresAt?: number;
}

const START = 1_700_000_000_000;
const HOUR = 3_600_000;

/** A provider on a fake clock whose refresh hands out token-1, token-2, … valid for an hour. */
function setup(options: { initial?: Token; refreshWindowMs?: number } = {}) {
  const clock = { now: START };
  let issued = 0;
  const refresh = vi.fn(async (_: { signal: AbortSignal }): Promise<Token> => {
    issued += 1;
    return { token: `token-${issued}`, expiresAt: clock.now + HOUR };
  });
  const provider = refreshingCredential<Token>({
    refresh,
    clock: () => clock.now,
    ...options,
  });
  return { clock, refresh, provider };
}

describe('refreshingCredential', () => {
  it('refreshes on first use, then returns the same cached object', async () => {
    const { refresh, provider } = setup();
    const first = await provider.getCredential();
    expect(first.token).toBe('token-1');
    expect(await provider.getCredential()).toBe(first);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('starts from `initial` without refreshing', async () => {
    const initial = { token: 'initial', expiresAt: START + HOUR };
    const { refresh, provider } = setup({ initial });
    expect(await provider.getCredential()).toBe(initial);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('never refreshes a credential without expiresAt, unless forced', async () => {
    const initial = { token: 'forever' };
    const { clock, refresh, provider } = setup({ initial });
    clock.now += 10 * 365 * 24 * HOUR;
    expect(await provider.getCredential()).toBe(initial);
    expect(refresh).not.toHaveBeenCalled();
    expect((await provider.getCredential({ forceRefresh: true })).token).toBe('token-1');
  });

  it('defaults the refresh window to 30 s', async () => {
    expect(DEFAULT_REFRESH_WINDOW_MS).toBe(30_000);
    const initial = { token: 'initial', expiresAt: START + 30_000 + 1 };
    const { clock, refresh, provider } = setup({ initial });
    expect(await provider.getCredential()).toBe(initial);
    clock.now += 1;
    expect((await provider.getCredential()).token).toBe('token-1');
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  describe('must refresh (no credential, forced, or expired)', () => {
    it('refreshes an expired credential (now >= expiresAt)', async () => {
      const { clock, provider } = setup({ refreshWindowMs: 0 });
      const first = await provider.getCredential();
      clock.now = START + HOUR - 1;
      expect(await provider.getCredential()).toBe(first);
      clock.now = START + HOUR;
      const second = await provider.getCredential();
      expect(second).not.toBe(first);
      expect(second.token).toBe('token-2');
    });

    it('refreshes a valid credential when forceRefresh is set', async () => {
      const { refresh, provider } = setup();
      const first = await provider.getCredential();
      const forced = await provider.getCredential({ forceRefresh: true });
      expect(forced).not.toBe(first);
      expect(refresh).toHaveBeenCalledTimes(2);
    });

    it('throws an SdkError from refresh as it is', async () => {
      const failure = new SdkError('refresh token revoked: sign in again.', { code: 'revoked' });
      const provider = refreshingCredential<Token>({ refresh: () => Promise.reject(failure) });
      await expect(provider.getCredential()).rejects.toBe(failure);
    });

    it('wraps any other failure in a CredentialError naming only its class', async () => {
      const failure = new TypeError('bad token fake-refresh-token-1234567890');
      const provider = refreshingCredential<Token>({ refresh: () => Promise.reject(failure) });
      const error = await provider.getCredential().catch((e: unknown) => e);
      expect(CredentialError.is(error)).toBe(true);
      expect((error as Error).message).toContain('TypeError');
      expect((error as Error).message).not.toContain('fake-refresh-token');
      expect((error as Error).cause).toBe(failure);
    });

    it('never caches a failed refresh: the next call refreshes again', async () => {
      const refresh = vi
        .fn<() => Promise<Token>>()
        .mockRejectedValueOnce(new Error('down'))
        .mockResolvedValueOnce({ token: 'recovered' });
      const provider = refreshingCredential<Token>({ refresh });
      await expect(provider.getCredential()).rejects.toThrow(CredentialError);
      expect((await provider.getCredential()).token).toBe('recovered');
      expect(refresh).toHaveBeenCalledTimes(2);
    });

    it('refuses a refreshed credential that is already expired, and does not cache it', async () => {
      const clock = { now: START };
      const refresh = vi
        .fn<() => Promise<Token>>()
        // Seconds instead of milliseconds: the classic slip.
        .mockResolvedValueOnce({ token: 'stale', expiresAt: START / 1_000 + 3_600 })
        .mockResolvedValueOnce({ token: 'fresh', expiresAt: START + HOUR });
      const provider = refreshingCredential<Token>({ refresh, clock: () => clock.now });
      const error = await provider.getCredential().catch((e: unknown) => e);
      expect(CredentialError.is(error)).toBe(true);
      expect((error as Error).message).toMatch(/already expired.*milliseconds/);
      expect((await provider.getCredential()).token).toBe('fresh');
    });

    it.each([
      ['null', null],
      ['an invalid expiresAt', { token: 't', expiresAt: Number.NaN }],
    ])('refuses a refresh that returns %s', async (_, returned) => {
      const provider = refreshingCredential<Token>({
        refresh: async () => returned as unknown as Token,
      });
      await expect(provider.getCredential()).rejects.toThrow(CredentialError);
    });

    it("keeps the wrapped failure's message out of toJSON", async () => {
      const failure = new Error('body was {"token":"fake-leaky-token-0000"}');
      const provider = refreshingCredential<Token>({ refresh: () => Promise.reject(failure) });
      const error = await provider.getCredential().catch((e: unknown) => e);
      expect(JSON.stringify(error)).not.toContain('fake-leaky-token');
    });

    it('refuses a refreshed credential whose expiresAt equals now', async () => {
      const provider = refreshingCredential<Token>({
        refresh: async () => ({ token: 'now', expiresAt: START }),
        clock: () => START,
      });
      await expect(provider.getCredential()).rejects.toThrow(/already expired/);
    });
  });

  describe('should refresh (inside the refresh window)', () => {
    it('waits for the refresh and returns the new credential', async () => {
      const { clock, provider } = setup({ refreshWindowMs: 60_000 });
      const first = await provider.getCredential();
      clock.now = START + HOUR - 60_001;
      expect(await provider.getCredential()).toBe(first);
      clock.now = START + HOUR - 60_000;
      expect((await provider.getCredential()).token).toBe('token-2');
    });

    it('falls back to the still-valid credential when the refresh fails, and retries next call', async () => {
      const clock = { now: START };
      const initial = { token: 'initial', expiresAt: START + 10_000 };
      const refresh = vi
        .fn<() => Promise<Token>>()
        .mockRejectedValueOnce(new Error('down'))
        .mockResolvedValueOnce({ token: 'fresh', expiresAt: START + HOUR });
      const provider = refreshingCredential<Token>({ refresh, initial, clock: () => clock.now });
      expect(await provider.getCredential()).toBe(initial);
      expect((await provider.getCredential()).token).toBe('fresh');
      expect(refresh).toHaveBeenCalledTimes(2);
    });

    it('throws when the credential expired while the failing refresh ran', async () => {
      const clock = { now: START };
      const initial = { token: 'initial', expiresAt: START + 10_000 };
      const provider = refreshingCredential<Token>({
        initial,
        clock: () => clock.now,
        refresh: async () => {
          clock.now = START + 10_000;
          throw new Error('down');
        },
      });
      await expect(provider.getCredential()).rejects.toThrow(CredentialError);
    });
  });

  describe('single flight', () => {
    it('runs one refresh for 100 concurrent callers on an expired credential', async () => {
      const initial = { token: 'old', expiresAt: START - 1 };
      const gate = deferred<Token>();
      const refresh = vi.fn(() => gate.promise);
      const provider = refreshingCredential<Token>({ refresh, initial, clock: () => START });
      const calls = Array.from({ length: 100 }, () => provider.getCredential());
      gate.resolve({ token: 'new', expiresAt: START + HOUR });
      const results = await Promise.all(calls);
      expect(refresh).toHaveBeenCalledTimes(1);
      expect(new Set(results).size).toBe(1);
      expect(results[0]?.token).toBe('new');
    });

    it('lets a concurrent forceRefresh join the refresh in flight', async () => {
      const gate = deferred<Token>();
      const refresh = vi.fn(() => gate.promise);
      const provider = refreshingCredential<Token>({ refresh, clock: () => START });
      const first = provider.getCredential();
      const forced = provider.getCredential({ forceRefresh: true });
      gate.resolve({ token: 'new', expiresAt: START + HOUR });
      expect(await forced).toBe(await first);
      expect(refresh).toHaveBeenCalledTimes(1);
    });

    it('shares a failure among the waiting callers, then starts afresh', async () => {
      const gate = deferred<Token>();
      const refresh = vi
        .fn<() => Promise<Token>>()
        .mockReturnValueOnce(gate.promise)
        .mockResolvedValueOnce({ token: 'second' });
      const provider = refreshingCredential<Token>({ refresh });
      const calls = [provider.getCredential(), provider.getCredential()];
      gate.reject(new Error('down'));
      const settled = await Promise.allSettled(calls);
      expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected']);
      expect((await provider.getCredential()).token).toBe('second');
      expect(refresh).toHaveBeenCalledTimes(2);
    });
  });

  describe('abort', () => {
    it("rejects only the aborting caller's wait, not the shared refresh", async () => {
      const gate = deferred<Token>();
      let refreshSignal: AbortSignal | undefined;
      const refresh = vi.fn(({ signal }: { signal: AbortSignal }) => {
        refreshSignal = signal;
        return gate.promise;
      });
      const provider = refreshingCredential<Token>({ refresh, clock: () => START });
      const controller = new AbortController();
      const aborted = provider.getCredential({ signal: controller.signal });
      const patient = provider.getCredential();
      const reason = new Error('caller gave up');
      controller.abort(reason);
      await expect(aborted).rejects.toBe(reason);
      expect(refreshSignal?.aborted).toBe(false);
      gate.resolve({ token: 'new', expiresAt: START + HOUR });
      expect((await patient).token).toBe('new');
      expect(refresh).toHaveBeenCalledTimes(1);
      // The refresh finished for everyone, so the aborted caller's next call is served from cache.
      expect((await provider.getCredential()).token).toBe('new');
      expect(refresh).toHaveBeenCalledTimes(1);
    });

    it("removes its abort listener once the caller's wait ends", async () => {
      const { provider } = setup();
      const { signal } = new AbortController();
      await provider.getCredential({ signal });
      await provider.getCredential({ signal, forceRefresh: true });
      expect(getEventListeners(signal, 'abort')).toHaveLength(0);
    });

    it('rejects at once with an already aborted signal and starts no refresh', async () => {
      const { refresh, provider } = setup();
      const reason = new Error('already gone');
      await expect(provider.getCredential({ signal: AbortSignal.abort(reason) })).rejects.toBe(
        reason,
      );
      expect(refresh).not.toHaveBeenCalled();
    });

    it('gives the aborting caller its reason, not the cached fallback, in the refresh window', async () => {
      const gate = deferred<Token>();
      const initial = { token: 'initial', expiresAt: START + 10_000 };
      const provider = refreshingCredential<Token>({
        initial,
        refresh: () => gate.promise,
        clock: () => START,
      });
      const controller = new AbortController();
      const call = provider.getCredential({ signal: controller.signal });
      controller.abort(new Error('caller gave up'));
      await expect(call).rejects.toThrow('caller gave up');
      gate.resolve({ token: 'new', expiresAt: START + HOUR });
    });

    it('does not leave an unhandled rejection when every caller aborted and the refresh fails', async () => {
      const gate = deferred<Token>();
      const provider = refreshingCredential<Token>({ refresh: () => gate.promise });
      const controller = new AbortController();
      const call = provider.getCredential({ signal: controller.signal });
      controller.abort(new Error('gone'));
      await expect(call).rejects.toThrow('gone');
      const unhandled = vi.fn();
      process.on('unhandledRejection', unhandled);
      try {
        gate.reject(new Error('refresh failed'));
        await new Promise((resolve) => setTimeout(resolve, 10));
        expect(unhandled).not.toHaveBeenCalled();
      } finally {
        process.off('unhandledRejection', unhandled);
      }
    });
  });

  it('invalidate() drops the cache so the next call refreshes', async () => {
    const { refresh, provider } = setup();
    const first = await provider.getCredential();
    provider.invalidate();
    const second = await provider.getCredential();
    expect(second).not.toBe(first);
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  describe('option validation', () => {
    const refresh = async (): Promise<Token> => ({ token: 't' });
    it.each([
      ['refresh', { refresh: 'not a function' }],
      ['refreshWindowMs', { refresh, refreshWindowMs: -1 }],
      ['refreshWindowMs', { refresh, refreshWindowMs: Number.NaN }],
      ['refreshWindowMs', { refresh, refreshWindowMs: Number.POSITIVE_INFINITY }],
      ['clock', { refresh, clock: 1_700_000_000_000 }],
    ])('refuses a bad %s', (option, options) => {
      let caught: unknown;
      try {
        refreshingCredential(options as unknown as Parameters<typeof refreshingCredential>[0]);
      } catch (error) {
        caught = error;
      }
      expect(ConfigurationError.is(caught)).toBe(true);
      expect((caught as ConfigurationError).option).toBe(option);
      expect((caught as Error).message).toContain(option);
    });

    it('accepts a zero refresh window', () => {
      expect(() => refreshingCredential({ refresh, refreshWindowMs: 0 })).not.toThrow();
    });
  });
});
