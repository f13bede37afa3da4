import { z } from 'zod';
import { stakeDecimal } from './decimal-string.js';

const Amount = z.object({ amount: stakeDecimal, currency: z.string() });

/** The `UserBalances` data (research §2.3): an array of available and vault amounts. */
export const UserBalancesData = z.object({
  user: z.object({
    id: z.string(),
    balances: z.array(z.object({ available: Amount, vault: Amount.nullish() })),
  }),
});

// Every field but id and name may drift away (research §2.3): optional.
const optionalFlag = z.boolean().nullish();

/** The `UserProfile` data. */
export const UserProfileData = z.object({
  user: z.object({
    id: z.string(),
    name: z.string(),
    email: z.string().nullish(),
    hasEmailVerified: optionalFlag,
    isMuted: optionalFlag,
    isRainproof: optionalFlag,
    isBanned: optionalFlag,
    createdAt: z.union([z.string(), z.number()]).nullish(),
  }),
});

/** The `CurrencyConfiguration` data. */
export const CurrencyConfigurationData = z.object({
  currencyConfiguration: z.object({
    baseRates: z.array(z.object({ currency: z.string(), baseRate: stakeDecimal })),
    launchedFiatCurrencies: z.array(z.string()).nullish(),
    displayFiatCurrencies: z.array(z.string()).nullish(),
  }),
});
