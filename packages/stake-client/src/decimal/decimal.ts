import { ConfigurationError, describeValue } from '@core/auth';
import Big from 'big.js';
import { STAKE_PROVIDER } from '../config/defaults.js';

// A decimal literal as JSON and humans write it: digits, an optional fraction, an optional
// exponent. No NaN, Infinity, hex, or thousands separators.
const DECIMAL_LITERAL = /^([+-]?)(\d+\.?\d*|\.\d+)(?:e([+-]?\d+))?$/i;

/**
 * Exponents beyond this are not money and would make a plain string millions of digits
 * long (`1e999999999`): refused before big.js expands them.
 */
export const MAX_DECIMAL_EXPONENT = 400;

/** A decimal literal split into its parts, or undefined when it is not one. */
export interface DecimalParts {
  readonly negative: boolean;
  readonly exponent: number;
  readonly value: Big;
}

/** Parses a decimal literal exactly; undefined for anything else or an absurd exponent. */
export function parseDecimal(text: string): DecimalParts | undefined {
  const match = DECIMAL_LITERAL.exec(text);
  if (match === null) return undefined;
  const exponent = match[3] === undefined ? 0 : Number(match[3]);
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > MAX_DECIMAL_EXPONENT) {
    return undefined;
  }
  // big.js takes no leading "+".
  const unsigned = text.replace(/^\+/, '');
  return { negative: match[1] === '-', exponent, value: new Big(unsigned) };
}

/**
 * The exact plain form of a decimal literal: `1e-8` becomes `0.00000001`, `1.50` stays
 * `1.5`. Throws a ConfigurationError for a non-string, and for a literal whose exponent is
 * beyond {@link MAX_DECIMAL_EXPONENT} (`1e999`), which has no plain form worth printing;
 * returns any other string that is not a decimal literal unchanged.
 *
 * @example
 * ```ts
 * toPlainDecimal('1e-8'); // '0.00000001'
 * toPlainDecimal('1e999'); // throws
 * ```
 */
export function toPlainDecimal(text: string): string {
  // Checked first: the regex would read a number as text, and text.replace would crash.
  if (typeof text !== 'string') {
    throw new ConfigurationError(
      `text must be a string, got ${describeValue(text)}: pass the decimal as text, e.g. "1e-8".`,
      { option: 'text', provider: STAKE_PROVIDER },
    );
  }
  const plain = plainDecimalOf(text);
  if (plain !== undefined) return plain;
  if (!DECIMAL_LITERAL.test(text)) return text;
  throw new ConfigurationError(
    `text is a decimal whose exponent is beyond ±${MAX_DECIMAL_EXPONENT} (${text.length} characters): it has no plain form. Pass an amount written out, e.g. "0.00000001".`,
    { option: 'text', provider: STAKE_PROVIDER },
  );
}

/** The exact plain form of a decimal literal, or undefined when it is none or has an absurd exponent. */
export function plainDecimalOf(text: string): string | undefined {
  const parts = parseDecimal(text);
  if (parts === undefined) return undefined;
  const plain = parts.value.toFixed();
  return plain === '-0' ? '0' : plain;
}

/** Places after the decimal point of a big.js value (`0.00105` → 5). */
export function decimalPlaces(value: Big): number {
  // big.js keeps the exponent `e` and the digit array `c` normalised (no trailing zeros).
  return Math.max(0, value.c.length - value.e - 1);
}
