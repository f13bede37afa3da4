import { StakeAuth, StakeClient } from '@acme/stake-client';
import { transportFor } from '../env/transport.js';
import type { StakeEnv } from './stake-env.js';

/**
 * The Stake auth the environment describes; throws a ConfigurationError on a bad value.
 *
 * @example
 * ```ts
 * const headers = await stakeAuthFromEnv(config).getAuthHeaders();
 * ```
 */
export function stakeAuthFromEnv(config: StakeEnv): StakeAuth {
  return new StakeAuth({
    accessToken: config.accessToken,
    ...(config.sessionCookie === undefined ? {} : { sessionCookie: config.sessionCookie }),
    ...(config.cfClearance === undefined ? {} : { cfClearance: config.cfClearance }),
    ...(config.userAgent === undefined ? {} : { userAgent: config.userAgent }),
    ...(config.baseUrl === undefined ? {} : { baseUrl: config.baseUrl }),
  });
}

/**
 * A StakeClient for the environment's credentials (http only for loopback base URLs).
 *
 * @example
 * ```ts
 * await using client = stakeClientFromEnv(config);
 * ```
 */
export function stakeClientFromEnv(config: StakeEnv): StakeClient {
  const { baseUrl: _baseUrl, ...transport } = transportFor(config.baseUrl);
  return new StakeClient({ ...transport, auth: stakeAuthFromEnv(config) });
}
