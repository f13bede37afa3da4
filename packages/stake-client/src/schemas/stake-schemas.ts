import { lazySchema } from '@core/auth/zod';
import * as z from 'zod/mini';
import { stakeDecimal } from './decimal-string.js';

const amount = () => z.object({ amount: stakeDecimal, currency: z.string() });

/** The `UserBalances` data (research §2.3): an array of available and vault amounts. */
export const UserBalancesData = lazySchema(() =>
  z.object({
    user: z.object({
      id: z.string(),
      balances: z.array(z.object({ available: amount(), vault: z.nullish(amount()) })),
    }),
  }),
);

// Every field but id and name may drift away (research §2.3): optional.
const optionalFlag = () => z.nullish(z.boolean());

/** The `UserProfile` data. */
export const UserProfileData = lazySchema(() =>
  z.object({
    user: z.object({
      id: z.string(),
      name: z.string(),
      email: z.nullish(z.string()),
      hasEmailVerified: optionalFlag(),
      isMuted: optionalFlag(),
      isRainproof: optionalFlag(),
      isBanned: optionalFlag(),
      createdAt: z.nullish(z.union([z.string(), z.number()])),
    }),
  }),
);

/** The `CurrencyConfiguration` data. */
export const CurrencyConfigurationData = lazySchema(() =>
  z.object({
    currencyConfiguration: z.object({
      baseRates: z.array(z.object({ currency: z.string(), baseRate: stakeDecimal })),
      launchedFiatCurrencies: z.nullish(z.array(z.string())),
      displayFiatCurrencies: z.nullish(z.array(z.string())),
    }),
  }),
);
