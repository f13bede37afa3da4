import { parse } from 'lossless-json';
import { plainDecimalOf } from '../decimal/decimal.js';

/**
 * Parses JSON without losing a digit. Stake sends amounts as JSON numbers (GraphQL
 * `Float`, research §2.3); `JSON.parse` would turn them into floats. Here integers that a
 * number holds exactly stay numbers, and every other number becomes its exact plain decimal
 * string: `1e-8` → `"0.00000001"`, `0.1` → `"0.1"`.
 *
 * @example
 * ```ts
 * decodeJson('{"amount":1e-8,"bets":3}'); // { amount: '0.00000001', bets: 3 }
 * ```
 */
export function decodeJson(text: string): unknown {
  return parse(text, null, (literal) => {
    if (/^-?\d+$/.test(literal)) {
      const value = Number(literal);
      if (Number.isSafeInteger(value)) return value;
    }
    // An absurd exponent (1e999) stays as written: a stakeDecimal schema then refuses it.
    return plainDecimalOf(literal) ?? literal;
  });
}
