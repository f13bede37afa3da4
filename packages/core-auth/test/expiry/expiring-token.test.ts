import { format, inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { DEFAULT_EXPIRY_SKEW_SECONDS, ExpiringToken } from '../../src/expiry/expiring-token.js';
import { Secret } from '../../src/secrets/secret.js';

const START = 1_700_000_000_000;
const TOKEN = 'fake0000access0000token0000value0000';

function setup() {
  const clock = { now: START };
  const token = new ExpiringToken({ clock: () => clock.now });
  return { clock, token };
}

describe('ExpiringToken', () => {
  it('counts no token as expired: nothing usable', () => {
    const { token } = setup();
    expect(token.isExpired()).toBe(true);
    expect(token.value).toBeUndefined();
    expect(token.expiresAt).toBeUndefined();
  });

  it('stores the token as a Secret', () => {
    const { token } = setup();
    token.set(TOKEN);
    expect(Secret.isSecret(token.value)).toBe(true);
    expect(token.value?.reveal()).toBe(TOKEN);
    const secret = Secret.from(TOKEN);
    token.set(secret);
    expect(token.value).toBe(secret);
  });

  it('never expires a token whose expiry is unknown', () => {
    const { clock, token } = setup();
    token.set(TOKEN);
    clock.now += 365 * 24 * 3_600_000;
    expect(token.isExpired()).toBe(false);
  });

  it('treats expiresIn: 0 as already expired, even with no skew', () => {
    const { token } = setup();
    token.set(TOKEN, { expiresIn: 0 });
    expect(token.expiresAt).toBe(START);
    expect(token.isExpired()).toBe(true);
    expect(token.isExpired({ skewSeconds: 0 })).toBe(true);
  });

  it('clears a stale expiry when set again without expiresIn', () => {
    const { token } = setup();
    token.set(TOKEN, { expiresIn: 0 });
    token.set('fake-next-token-0000');
    expect(token.expiresAt).toBeUndefined();
    expect(token.isExpired()).toBe(false);
  });

  it('expires 300 s early by default', () => {
    expect(DEFAULT_EXPIRY_SKEW_SECONDS).toBe(300);
    const { clock, token } = setup();
    token.set(TOKEN, { expiresIn: 3_600 });
    expect(token.expiresAt).toBe(START + 3_600_000);
    clock.now = START + 3_300_000 - 1;
    expect(token.isExpired()).toBe(false);
    clock.now = START + 3_300_000;
    expect(token.isExpired()).toBe(true);
  });

  it('takes a custom skew', () => {
    const { clock, token } = setup();
    token.set(TOKEN, { expiresIn: 3_600 });
    clock.now = START + 3_540_000;
    expect(token.isExpired({ skewSeconds: 60 })).toBe(true);
    expect(token.isExpired({ skewSeconds: 59 })).toBe(false);
    clock.now = START + 3_600_000;
    expect(token.isExpired({ skewSeconds: 0 })).toBe(true);
  });

  it('forgets the token and its expiry on clear()', () => {
    const { token } = setup();
    token.set(TOKEN, { expiresIn: 3_600 });
    token.clear();
    expect(token.value).toBeUndefined();
    expect(token.expiresAt).toBeUndefined();
    expect(token.isExpired()).toBe(true);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses expiresIn %s and keeps the previous token',
    (expiresIn) => {
      const { token } = setup();
      token.set(TOKEN, { expiresIn: 60 });
      let caught: unknown;
      try {
        token.set('fake-other-token-0000', { expiresIn });
      } catch (error) {
        caught = error;
      }
      expect(ConfigurationError.is(caught)).toBe(true);
      expect((caught as ConfigurationError).option).toBe('expiresIn');
      expect((caught as Error).message).not.toContain('fake-other-token');
      expect(token.value?.reveal()).toBe(TOKEN);
    },
  );

  it('refuses a negative skew', () => {
    const { token } = setup();
    expect(() => token.isExpired({ skewSeconds: -5 })).toThrow(ConfigurationError);
  });

  // Were TypeErrors: destructuring null, and a template literal of a symbol in the message.
  it('takes null options as none', () => {
    const token = new ExpiringToken(null as never);
    token.set(TOKEN, null as never);
    expect(token.isExpired(null as never)).toBe(false);
  });

  it.each([
    ['expiresIn', (t: ExpiringToken) => t.set(TOKEN, { expiresIn: Symbol('x') as never })],
    ['skewSeconds', (t: ExpiringToken) => t.isExpired({ skewSeconds: Object.create(null) })],
    ['clock', () => new ExpiringToken({ clock: 5 as never })],
  ])('refuses a junk %s with a ConfigurationError', (option, run) => {
    const { token } = setup();
    let caught: unknown;
    try {
      run(token);
    } catch (error) {
      caught = error;
    }
    expect(ConfigurationError.is(caught)).toBe(true);
    expect((caught as ConfigurationError).option).toBe(option);
  });

  it('never shows the token in JSON, inspect or string forms', () => {
    const { token } = setup();
    token.set(TOKEN, { expiresIn: 60 });
    expect(JSON.parse(JSON.stringify(token))).toEqual({
      hasToken: true,
      expiresAt: START + 60_000,
    });
    const shown = [
      JSON.stringify(token),
      JSON.stringify({ token }),
      inspect(token),
      inspect(token, { showHidden: true, depth: Number.POSITIVE_INFINITY }),
      format('%o %O %s %j', token, token, token, token),
      String(token),
      `${token}`,
    ];
    for (const text of shown) expect(text).not.toContain(TOKEN);
    expect(inspect(token)).toContain(Secret.from(TOKEN).masked);
  });

  it('says hasToken: false once cleared', () => {
    const { token } = setup();
    token.set(TOKEN);
    token.clear();
    expect(token.toJSON()).toEqual({ hasToken: false, expiresAt: undefined });
  });
});
