/** Balances by lower-case currency, as exact decimal strings (never floats). */
export interface StakeBalances {
  /** e.g. `{ btc: '0.00000001', usdt: '12.5' }` */
  available: Record<string, string>;
  vault: Record<string, string>;
}

/** The logged-in user. Fields other than id and name may be absent (schema drift). */
export interface StakeUserProfile {
  id: string;
  name: string;
  email?: string;
  hasEmailVerified?: boolean;
  isMuted?: boolean;
  isRainproof?: boolean;
  isBanned?: boolean;
  createdAt?: string;
}

/** Stake's currency configuration: each currency's base rate as an exact decimal string. */
export interface StakeConversionRates {
  /** e.g. `{ btc: '97000.12', eth: '3400.5' }` */
  baseRates: Record<string, string>;
  launchedFiatCurrencies: string[];
  displayFiatCurrencies: string[];
}
