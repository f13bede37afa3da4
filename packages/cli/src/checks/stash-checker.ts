import { randomUUID } from 'node:crypto';
import { StashAuthenticationError, type StashClient, StashNotFoundError } from '@acme/stash-client';
import { readStashEnv, type StashEnv } from '../providers/stash-env.js';
import { stashClientFromEnv } from '../providers/stash-from-env.js';
import type { ProviderChecker } from './run-check.js';

/**
 * Stash: the options must build a client (environment, key encoding, shop id); then
 * `getPayment` of a made-up id. Stash has no "who am I" call, and this one is a read that
 * charges nothing: grpc-gateway authenticates before it runs the method, so NOT_FOUND means
 * the signature or key was accepted and UNAUTHENTICATED means it was not (research §4).
 *
 * @example
 * ```ts
 * await runCheck(stashChecker);
 * ```
 */
export const stashChecker: ProviderChecker<StashEnv, StashClient> = {
  provider: 'stash',
  read: readStashEnv,
  build: (config) => {
    const client = stashClientFromEnv(config);
    const what =
      config.auth.scheme === 'hmac'
        ? 'STASH_SHOP_ID and STASH_INGRESS_SECRET (HMAC signing)'
        : 'STASH_API_KEY (legacy API key; prefer HMAC)';
    return { client, message: `${what} accepted for ${client.baseUrl}` };
  },
  call: async (client) => {
    const id = `acme-auth-check-${randomUUID()}`;
    try {
      await client.getPayment(id);
    } catch (error) {
      // A 404 without a gRPC status is a page, not Stash's API: a wrong STASH_BASE_URL.
      if (!StashNotFoundError.is(error) || error.grpcCode !== 5) throw error;
    }
    return 'authenticated: Stash accepted the credential (getPayment of a made-up id answered NOT_FOUND, not UNAUTHENTICATED)';
  },
  hints: (error) => (StashAuthenticationError.is(error) ? error.hints : undefined),
  close: (client) => client.close(),
};
