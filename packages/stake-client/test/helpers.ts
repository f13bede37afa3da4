import { type StakeServer, startStakeServer } from '@acme/testing';
import { afterEach } from 'vitest';
import { StakeClient, type StakeClientOptions } from '../src/index.js';

/** A 96-hex token that is obviously fake. */
export const FAKE_TOKEN = 'fa4e'.repeat(24);
export const FAKE_CF_CLEARANCE = 'fake_cf_clearance-0000.1700000000-1.2.1.1';

/** Starts a local Stake per test and closes it (and every client) afterwards. */
export function useStake(): {
  start(): Promise<StakeServer>;
  client(server: StakeServer, options?: Partial<Record<string, unknown>>): StakeClient;
} {
  const closers: Array<() => unknown> = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });
  return {
    async start() {
      const server = await startStakeServer();
      closers.push(() => server.close());
      return server;
    },
    client(server, options = {}) {
      const client = new StakeClient({
        baseUrl: server.url,
        allowInsecureHttp: true,
        accessToken: server.accounts[0]?.accessToken ?? FAKE_TOKEN,
        rateLimit: false,
        retry: { limit: 2, baseDelayMs: 1, maxDelayMs: 5 },
        ...options,
      } as StakeClientOptions);
      closers.push(() => client.close());
      return client;
    },
  };
}
