import { SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { jwtExpiry } from '../../src/expiry/jwt-expiry.js';
import { Secret } from '../../src/secrets/secret.js';

const IAT = 1_700_000_000;
const EXP = IAT + 3_600;

function caught(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    if (ConfigurationError.is(error)) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('jwtExpiry', () => {
  it('reads exp and iat of an unsecured JWT, in epoch ms', () => {
    const jwt = new UnsecuredJWT({ sub: 'fake-user' })
      .setIssuedAt(IAT)
      .setExpirationTime(EXP)
      .encode();
    expect(jwtExpiry(jwt)).toEqual({ expiresAt: EXP * 1_000, issuedAt: IAT * 1_000 });
  });

  it('reads a signed JWT without verifying it, also from a Secret', async () => {
    const jwt = await new SignJWT({ sub: 'fake-user' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt(IAT)
      .setExpirationTime(EXP)
      .sign(new TextEncoder().encode('fake-signing-key-not-a-real-secret-0000'));
    expect(jwtExpiry(Secret.from(jwt))).toEqual({ expiresAt: EXP * 1_000, issuedAt: IAT * 1_000 });
  });

  it('gives undefined for missing claims', () => {
    const jwt = new UnsecuredJWT({ sub: 'fake-user' }).encode();
    expect(jwtExpiry(jwt)).toEqual({ expiresAt: undefined, issuedAt: undefined });
  });

  it('refuses garbage without showing it', () => {
    const garbage = 'not-a-jwt-but-a-long-fake-secret-value-0123456789abcdef';
    const error = caught(() => jwtExpiry(garbage));
    expect(error.option).toBe('jwt');
    expect(error.message).toContain(`${garbage.length} characters`);
    expect(error.message).not.toContain(garbage);
    expect(error.message).not.toContain('fake-secret');
  });

  it('refuses a JWT-shaped value whose payload is not JSON, without quoting the payload', () => {
    const payload = Buffer.from('fake-secret-payload-not-json').toString('base64url');
    const error = caught(() => jwtExpiry(`eyJhbGciOiJub25lIn0.${payload}.`));
    expect(error.message).toContain('JSON');
    expect(error.message).not.toContain('fake-secret-payload');
    expect(error.message).not.toContain(payload);
    expect(error.cause).toBeUndefined();
  });

  it('refuses a non-numeric exp claim', () => {
    const jwt = new UnsecuredJWT({ exp: 'tomorrow' } as unknown as { exp: number }).encode();
    expect(caught(() => jwtExpiry(jwt)).message).toMatch(/exp claim is not a number/);
  });

  it('refuses a "Bearer " prefixed token and says to drop it', () => {
    const jwt = new UnsecuredJWT({}).setExpirationTime(EXP).encode();
    expect(caught(() => jwtExpiry(`Bearer ${jwt}`)).message).toContain('without "Bearer "');
  });
});
