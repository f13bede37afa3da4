import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, describeSecret, mask, Secret } from '../../src/index.js';

const TOKEN = '2775b505cccaee723e5c705dfake0000fake0000fake0000a295';

describe('mask', () => {
  it('keeps the first 8 and last 4 characters of 16+ character values', () => {
    expect(mask(TOKEN)).toBe('2775b505…a295');
    expect(mask('0123456789abcdef')).toBe('01234567…cdef');
  });

  it('hides shorter values whole', () => {
    expect(mask('0123456789abcde')).toBe('****');
    expect(mask('')).toBe('****');
  });

  it('describes a secret by length and a short prefix only', () => {
    expect(describeSecret('pck_1234567890abcdef')).toBe('20 characters, starting "pck_"');
    expect(describeSecret('abc')).toBe('3 characters');
  });
});

describe('Secret', () => {
  const secret = Secret.from(TOKEN);

  it('reveals the value only through reveal()', () => {
    expect(secret.reveal()).toBe(TOKEN);
  });

  it.each([
    ['String()', () => String(secret)],
    ['a template literal', () => `${secret}`],
    ['concatenation', () => 'token: ' + secret],
    ['JSON.stringify', () => JSON.stringify({ secret })],
    ['util.inspect', () => inspect({ nested: { secret } }, { depth: 10, showHidden: true })],
    ['Object.entries', () => JSON.stringify(Object.entries(secret))],
    ['structuredClone', () => JSON.stringify(structuredClone({ ...secret }))],
  ])('never shows the value in %s', (_, render) => {
    const out = render();
    expect(out).not.toContain(TOKEN);
  });

  it('shows the mask where it prints', () => {
    expect(String(secret)).toBe('2775b505…a295');
    expect(inspect(secret)).toBe('Secret(2775b505…a295)');
  });

  it('compares in constant time', () => {
    expect(secret.equals(TOKEN)).toBe(true);
    expect(secret.equals(Secret.from(TOKEN))).toBe(true);
    expect(secret.equals(`${TOKEN}x`)).toBe(false);
  });

  it('Secret.from passes a Secret through and rejects empty values with a typed error', () => {
    expect(Secret.from(secret)).toBe(secret);
    expect(() => Secret.from('')).toThrow(ConfigurationError);
    expect(() => new Secret(undefined as unknown as string)).toThrow(/non-empty string/);
  });

  // Found by the hostile-input suite (issue 8): `in` on a revoked proxy throws, so
  // Secret.from() crashed with a TypeError instead of refusing a non-string.
  it('isSecret is false for a revoked proxy; Secret.from refuses it with a typed error', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(Secret.isSecret(proxy)).toBe(false);
    expect(() => Secret.from(proxy as never)).toThrow(ConfigurationError);
  });
});
