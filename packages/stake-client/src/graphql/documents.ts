/**
 * The exact `UserBalances` query of the web app, StakeAPI and the Go, JS and C# clients
 * (research §2.3).
 */
export const USER_BALANCES_QUERY =
  'query UserBalances { user { id balances { available { amount currency __typename } vault { amount currency __typename } __typename } __typename } }';

/** The profile query the brokechubb fork verified against stake.com and stake.us (research §1.2). */
export const USER_PROFILE_QUERY =
  'query UserProfile { user { id name email hasEmailVerified isMuted isRainproof isBanned createdAt __typename } }';

/** The live `CurrencyConfiguration` form from a captured request (research §2.3). */
export const CURRENCY_CONFIGURATION_QUERY =
  'query CurrencyConfiguration($isAcp: Boolean!) { currencyConfiguration(isAcp: $isAcp) { baseRates { currency baseRate } launchedFiatCurrencies displayFiatCurrencies } }';

/**
 * The documents the client's methods send. Schema drift is real and queries may be
 * allow-listed to the frontend's (research §2.3): override any of them with the `documents`
 * option when Stake changes.
 *
 * @example
 * ```ts
 * new StakeClient({ accessToken, documents: { userProfile: 'query UserProfile { user { id name } }' } });
 * ```
 */
export interface StakeDocuments {
  /** @default USER_BALANCES_QUERY */
  userBalances: string;
  /** @default USER_PROFILE_QUERY */
  userProfile: string;
  /** @default CURRENCY_CONFIGURATION_QUERY */
  currencyConfiguration: string;
}

/** The documents used when none are overridden. */
export const DEFAULT_STAKE_DOCUMENTS: Readonly<StakeDocuments> = Object.freeze({
  userBalances: USER_BALANCES_QUERY,
  userProfile: USER_PROFILE_QUERY,
  currencyConfiguration: CURRENCY_CONFIGURATION_QUERY,
});
