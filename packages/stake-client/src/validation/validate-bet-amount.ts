import { ConfigurationError, describeValue } from '@core/auth';
import Big from 'big.js';
import { STAKE_PROVIDER } from '../config/defaults.js';
import { decimalPlaces, parseDecimal } from '../decimal/decimal.js';

/** What an amount may be given as: an exact decimal string, a number, or a bigint. */
export type AmountInput = string | number | bigint;

/** @default 8 */
export const DEFAULT_MAX_DECIMALS = 8;
/** Longest amount text accepted, in characters: longer is refused before it is parsed. */
export const MAX_AMOUNT_LENGTH = 100;
/** An exponent written beyond this (`1e31`, `1e-31`) is refused as absurd for an amount. */
export const MAX_AMOUNT_EXPONENT = 30;

/** Options of {@link validateBetAmount}. */
export interface BetAmountLimits {
  /** Smallest amount allowed, inclusive. @default one unit of the last decimal (0.00000001) */
  min?: AmountInput;
  /** Largest amount allowed, inclusive. @default no limit */
  max?: AmountInput;
  /** Most decimal places allowed. @default 8 */
  maxDecimals?: number;
}

/**
 * Checks a bet amount on exact decimals and returns it as a plain decimal string, or throws
 * a `ConfigurationError`. Inclusive at both ends like StakeAPI's `validate_bet_amount`, but
 * with what it never checked (research §1.7): the type, NaN and infinities, the sign, empty
 * strings, absurd exponents and too many decimals. Numbers are read as they print
 * (`0.1` is `"0.1"`), so no float error creeps in.
 *
 * @example
 * ```ts
 * validateBetAmount('0.00010000', { min: '0.0001', max: 1 }); // '0.0001'
 * validateBetAmount(1e-9); // throws: more than 8 decimal places
 * ```
 */
export function validateBetAmount(amount: AmountInput, limits: BetAmountLimits = {}): string {
  // Null limits from parsed config mean none, like undefined.
  const { min: givenMin, max: givenMax, maxDecimals: givenMaxDecimals } = limits ?? {};
  const maxDecimals = givenMaxDecimals ?? DEFAULT_MAX_DECIMALS;
  if (!Number.isInteger(maxDecimals) || maxDecimals < 0 || maxDecimals > MAX_AMOUNT_EXPONENT) {
    fail(
      'maxDecimals',
      `must be a whole number from 0 to ${MAX_AMOUNT_EXPONENT}, got ${describeValue(maxDecimals)}.`,
    );
  }
  const value = toBig(amount, 'amount');
  const min =
    givenMin === undefined ? new Big(1).div(new Big(10).pow(maxDecimals)) : toBig(givenMin, 'min');
  const max = givenMax === undefined ? undefined : toBig(givenMax, 'max');
  if (max !== undefined && min.gt(max)) {
    fail('min', `(${min.toFixed()}) is above max (${max.toFixed()}): swap them.`);
  }
  // The amount is described, never quoted: it may be long, and it is the caller's input.
  const places = decimalPlaces(value);
  if (places > maxDecimals) {
    fail(
      'amount',
      `has ${places} decimal places, more than ${maxDecimals}: round it to ${maxDecimals} places.`,
    );
  }
  if (value.lt(min)) fail('amount', `is below the minimum ${min.toFixed()}: raise it.`);
  if (max !== undefined && value.gt(max)) {
    fail('amount', `is above the maximum ${max.toFixed()}: lower it.`);
  }
  return value.toFixed();
}

/**
 * The boolean twin of {@link validateBetAmount}.
 *
 * @example
 * ```ts
 * isValidBetAmount('0.5', { max: '1' }); // true
 * ```
 */
export function isValidBetAmount(amount: AmountInput, limits: BetAmountLimits = {}): boolean {
  try {
    validateBetAmount(amount, limits);
    return true;
  } catch {
    return false;
  }
}

/** Reads an amount exactly; refuses what is not a finite, non-negative decimal. */
export function toBig(input: AmountInput, option: string): Big {
  let text: string;
  if (typeof input === 'bigint') text = input.toString();
  else if (typeof input === 'number') {
    if (!Number.isFinite(input))
      fail(option, `must be a finite number, got ${describeValue(input)}.`);
    text = String(input);
  } else if (typeof input === 'string') text = input.trim();
  else return fail(option, `must be a string, number or bigint, got ${describeValue(input)}.`);
  if (text === '') fail(option, 'is empty: pass a decimal such as "0.0001".');
  if (text.length > MAX_AMOUNT_LENGTH) {
    fail(
      option,
      `is ${text.length} characters long, more than ${MAX_AMOUNT_LENGTH}: pass a decimal such as "0.0001".`,
    );
  }
  const parts = parseDecimal(text);
  if (parts === undefined || Math.abs(parts.exponent) > MAX_AMOUNT_EXPONENT) {
    const why = /e[+-]?\d+$/i.test(text)
      ? `has an absurd exponent: write it out, e.g. "0.00000001"`
      : `is not a decimal number (${text.length} characters): pass digits with an optional "." such as "0.0001"`;
    fail(option, `${why}.`);
  }
  const value = parts.value;
  if (value.lt(0)) fail(option, 'must not be negative: pass an amount of 0 or more.');
  return value;
}

function fail(option: string, why: string): never {
  throw new ConfigurationError(`${option} ${why}`, { option, provider: STAKE_PROVIDER });
}
