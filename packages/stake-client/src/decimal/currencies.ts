import { ConfigurationError, describeValue } from '@core/auth';
import { STAKE_PROVIDER } from '../config/defaults.js';

/**
 * Stake's fiat currencies (its `FiatCurrencyEnum`, lower case as the API sends them):
 * shown with 2 decimals. Every other currency is crypto and gets 8 (research §1.7: StakeAPI
 * cut crypto to 2 places, so `0.00105 BTC` printed as `0.00 BTC`).
 */
export const FIAT_CURRENCIES: ReadonlySet<string> = new Set([
  'ars',
  'brl',
  'cad',
  'clp',
  'cny',
  'dkk',
  'eur',
  'gbp',
  'idr',
  'inr',
  'jpy',
  'krw',
  'mxn',
  'ngn',
  'pen',
  'php',
  'pln',
  'rub',
  'try',
  'usd',
  'vnd',
]);

/** Decimal places of a fiat amount. */
export const FIAT_DECIMALS = 2;
/** Decimal places of a crypto amount: one satoshi for BTC. */
export const CRYPTO_DECIMALS = 8;

/**
 * The decimal places {@link formatAmount} uses for a currency: 2 for fiat, 8 for crypto.
 *
 * @example
 * ```ts
 * currencyDecimals('usd'); // 2
 * currencyDecimals('BTC'); // 8
 * ```
 */
export function currencyDecimals(currency: string): number {
  if (typeof currency !== 'string') {
    throw new ConfigurationError(
      `currency must be a currency code such as "btc" or "usd", got ${describeValue(currency)}.`,
      { option: 'currency', provider: STAKE_PROVIDER },
    );
  }
  return FIAT_CURRENCIES.has(currency.toLowerCase()) ? FIAT_DECIMALS : CRYPTO_DECIMALS;
}
