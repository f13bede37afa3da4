import { ConfigurationError, describeValue } from '@core/auth';
import Big from 'big.js';
import { STAKE_PROVIDER } from '../config/defaults.js';
import { currencyDecimals } from '../decimal/currencies.js';
import { type AmountInput, MAX_AMOUNT_EXPONENT, toBig } from './validate-bet-amount.js';

/** Options of {@link formatAmount}. */
export interface FormatAmountOptions {
  /** Decimal places. @default 2 for fiat, 8 for crypto */
  decimals?: number;
  /** Append the upper-case currency code. @default true */
  withCurrency?: boolean;
}

/**
 * Formats an amount exactly with per-currency precision: 8 places for crypto, 2 for fiat
 * (StakeAPI printed everything with 2, so `0.00105 BTC` showed as `0.00 BTC`, research §1.7).
 * Extra places are cut, not rounded up, so a balance is never shown larger than it is.
 *
 * @example
 * ```ts
 * formatAmount('0.00105', 'btc'); // '0.00105000 BTC'
 * formatAmount(12.5, 'usd');      // '12.50 USD'
 * ```
 */
export function formatAmount(
  amount: AmountInput,
  currency: string,
  options: FormatAmountOptions = {},
): string {
  if (typeof currency !== 'string') {
    throw new ConfigurationError(
      `currency must be a currency code such as "btc" or "usd", got ${describeValue(currency)}.`,
      { option: 'currency', provider: STAKE_PROVIDER },
    );
  }
  // Null options from parsed config mean the defaults, like undefined.
  const { decimals: given, withCurrency } = options ?? {};
  const decimals = given ?? currencyDecimals(currency);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_AMOUNT_EXPONENT) {
    throw new ConfigurationError(
      `decimals must be a whole number from 0 to ${MAX_AMOUNT_EXPONENT}, got ${describeValue(decimals)}: e.g. 8 for crypto, 2 for fiat.`,
      { option: 'decimals', provider: STAKE_PROVIDER },
    );
  }
  const value = toSignedBig(amount);
  const text = value.toFixed(decimals, Big.roundDown);
  const plain = /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
  return withCurrency === false ? plain : `${plain} ${currency.toUpperCase()}`;
}

// Balances are never negative but a profit can be: format both.
function toSignedBig(amount: AmountInput): Big {
  if (typeof amount === 'string' && amount.trim().startsWith('-')) {
    return toBig(amount.trim().slice(1), 'amount').neg();
  }
  if (typeof amount === 'number' && amount < 0) return toBig(-amount, 'amount').neg();
  if (typeof amount === 'bigint' && amount < 0n) return toBig(-amount, 'amount').neg();
  return toBig(amount, 'amount');
}
