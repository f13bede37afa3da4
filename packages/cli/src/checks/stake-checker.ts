import { type StakeClient, validateAccessToken } from '@acme/stake-client';
import { describeSecret } from '@core/auth';
import { readStakeEnv, type StakeEnv } from '../providers/stake-env.js';
import { stakeClientFromEnv } from '../providers/stake-from-env.js';
import type { ProviderChecker } from './run-check.js';

/**
 * Stake: the token must be 96 hex characters (research §2.2); then `getUserProfile`, the
 * smallest query that needs a logged-in session (a bad token gives `data.user: null`).
 *
 * @example
 * ```ts
 * await runCheck(stakeChecker);
 * ```
 */
export const stakeChecker: ProviderChecker<StakeEnv, StakeClient> = {
  provider: 'stake',
  read: readStakeEnv,
  build: (config) => {
    validateAccessToken(config.accessToken);
    const client = stakeClientFromEnv(config);
    return {
      client,
      message: `STAKE_ACCESS_TOKEN has the right format (${describeSecret(config.accessToken, 0)} of hex)`,
    };
  },
  call: async (client) => {
    const profile = await client.getUserProfile();
    return `authenticated as ${profile.name} (getUserProfile)`;
  },
  close: (client) => client.close(),
};
