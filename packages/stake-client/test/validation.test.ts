import { describe, expect, it } from 'vitest';
import {
  decodeJson,
  formatAmount,
  isValidAccessToken,
  isValidBetAmount,
  stakeDecimal,
  toPlainDecimal,
  validateAccessToken,
  validateBetAmount,
} from '../src/index.js';

const TOKEN = 'fa4e'.repeat(24);

describe('validateAccessToken', () => {
  it('accepts 96 hex characters, trimmed', () => {
    expect(validateAccessToken(` ${TOKEN}\n`)).toBe(TOKEN);
    expect(isValidAccessToken(TOKEN.toUpperCase())).toBe(true);
  });

  it.each([
    [`x-access-token: ${TOKEN}`, /header name/],
    [`${TOKEN.slice(0, 40)} ${TOKEN.slice(40)}`, /whitespace/],
    [TOKEN.slice(0, 64), /has 64 characters, expected 96/],
    ['z'.repeat(96), /not hexadecimal/],
    ['', /empty/],
  ])('explains what is wrong, never showing the value', (input, message) => {
    expect(() => validateAccessToken(input)).toThrow(message);
    try {
      validateAccessToken(input);
    } catch (error) {
      if (input.length > 8)
        expect((error as Error).message).not.toContain(input.trim().slice(4, 40));
    }
  });

  it('accepts JWT-shaped and shorter alphanumeric tokens only when lenient', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJmYWtlIjp0cnVlfQ.fake-signature';
    expect(isValidAccessToken(jwt)).toBe(false);
    expect(validateAccessToken(jwt, { format: 'lenient' })).toBe(jwt);
    expect(isValidAccessToken('a1'.repeat(20), { format: 'lenient' })).toBe(true);
  });
});

describe('validateBetAmount on exact decimals', () => {
  it('is inclusive at both ends and returns the plain decimal', () => {
    expect(validateBetAmount('0.0001', { min: '0.0001', max: '1' })).toBe('0.0001');
    expect(validateBetAmount(1, { min: '0.0001', max: '1' })).toBe('1');
    expect(validateBetAmount(2n, { max: 2n })).toBe('2');
    expect(validateBetAmount('1e-8')).toBe('0.00000001');
    expect(validateBetAmount('0.10000000')).toBe('0.1');
  });

  it('has no float error: 0.1 + 0.2 style edges stay exact', () => {
    expect(isValidBetAmount('0.3', { max: '0.3' })).toBe(true);
    expect(isValidBetAmount(0.1, { min: 0.1 })).toBe(true);
    expect(isValidBetAmount('0.30000000000000004', { maxDecimals: 20, max: '0.3' })).toBe(false);
  });

  it.each([
    [Number.NaN, /finite/],
    [Number.POSITIVE_INFINITY, /finite/],
    ['-1', /negative/],
    [-0.5, /negative/],
    ['', /empty/],
    ['   ', /empty/],
    ['1e400', /absurd exponent/],
    ['1e31', /absurd exponent/],
    ['0x10', /not a decimal/],
    ['1,000', /not a decimal/],
    ['0.000000001', /more than 8/],
    ['0', /below the minimum 0.00000001/],
    ['2', /above the maximum 1/],
  ])('refuses %s', (amount, message) => {
    expect(() => validateBetAmount(amount, { max: '1' })).toThrow(message);
  });

  it('allows zero only with min 0, and refuses min above max', () => {
    expect(validateBetAmount('0', { min: 0 })).toBe('0');
    expect(() => validateBetAmount('1', { min: 2, max: 1 })).toThrow(/swap/);
    expect(validateBetAmount('0.12', { maxDecimals: 2 })).toBe('0.12');
    expect(() => validateBetAmount('0.123', { maxDecimals: 2 })).toThrow(/more than 2/);
  });
});

describe('formatAmount', () => {
  it('uses 8 places for crypto and 2 for fiat', () => {
    expect(formatAmount('0.00105', 'btc')).toBe('0.00105000 BTC');
    expect(formatAmount('1e-8', 'eth')).toBe('0.00000001 ETH');
    expect(formatAmount(12.5, 'usd')).toBe('12.50 USD');
    expect(formatAmount('1234567.899', 'EUR')).toBe('1234567.89 EUR');
  });

  it('cuts rather than rounds up, formats negatives, and can drop the code', () => {
    expect(formatAmount('0.123456789', 'btc', { withCurrency: false })).toBe('0.12345678');
    expect(formatAmount('-0.5', 'usd')).toBe('-0.50 USD');
    expect(formatAmount('-0.001', 'usd')).toBe('0.00 USD');
    expect(formatAmount('1', 'btc', { decimals: 2 })).toBe('1.00 BTC');
  });
});

describe('decodeJson', () => {
  it('keeps every digit of every number', () => {
    expect(
      decodeJson('{"a":1e-8,"b":3,"c":12345678901.12345678,"d":9007199254740993,"e":0.1}'),
    ).toEqual({
      a: '0.00000001',
      b: 3,
      c: '12345678901.12345678',
      d: '9007199254740993',
      e: '0.1',
    });
  });
});

describe('plain decimals with absurd exponents', () => {
  it('makes stakeDecimal fail instead of passing exponent form through', () => {
    expect(stakeDecimal.safeParse('1e-8')).toEqual({ success: true, data: '0.00000001' });
    for (const value of ['1e999', '-1e-999', '5E+401']) {
      const result = stakeDecimal.safeParse(value);
      expect(result.success).toBe(false);
    }
  });

  it('makes toPlainDecimal throw, and decodeJson keep the literal for the schema to refuse', () => {
    expect(() => toPlainDecimal('1e999')).toThrow(/exponent/);
    expect(toPlainDecimal('1e-8')).toBe('0.00000001');
    const decoded = decodeJson('{"a":1e999}') as { a: string };
    expect(decoded.a).toBe('1e999');
    expect(stakeDecimal.safeParse(decoded.a).success).toBe(false);
  });
});

describe('amount input hygiene', () => {
  it('caps the amount length and never quotes the amount in a message', () => {
    const long = `0.${'1'.repeat(200)}`;
    expect(() => validateBetAmount(long)).toThrow(/202 characters long/);
    const tooPrecise = '0.123456789';
    let message = '';
    try {
      validateBetAmount(tooPrecise);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/9 decimal places/);
    expect(message).not.toContain(tooPrecise);
    expect(() => validateBetAmount('5', { max: '1' })).toThrow(/above the maximum 1/);
  });

  it('checks formatAmount decimals', () => {
    for (const decimals of [-1, 1.5, Number.NaN, 31]) {
      expect(() => formatAmount('1', 'btc', { decimals })).toThrow(
        /decimals must be a whole number/,
      );
    }
    expect(formatAmount('1', 'btc', { decimals: 0 })).toBe('1 BTC');
  });
});
