import { StashClient, type StashClientOptions, type StashEnvironment } from '@acme/stash-client';
import { type StashServer, type StashServerOptions, startStashServer } from '@acme/testing';
import { afterEach } from 'vitest';

type ClientOverrides = Partial<Omit<StashClientOptions, 'auth' | 'environment' | 'baseUrl'>> & {
  /** A label only: the client still talks to the fake server. */
  environment?: StashEnvironment;
};

/** Fast retries for tests: the backoff maths are core's, tested there. */
export const FAST_RETRY = { limit: 2, baseDelayMs: 1, maxDelayMs: 5 } as const;

/**
 * Starts a fake Stash per test (closed after it), with helpers to build HMAC and API-key
 * clients pointed at it.
 */
export function useStash(): {
  start(options?: StashServerOptions): Promise<StashServer>;
  hmacClient(server: StashServer, overrides?: ClientOverrides & { secret?: string }): StashClient;
  apiKeyClient(server: StashServer, overrides?: ClientOverrides & { apiKey?: string }): StashClient;
} {
  const servers: StashServer[] = [];
  const clients: StashClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  const keep = (client: StashClient): StashClient => {
    clients.push(client);
    return client;
  };
  return {
    async start(options) {
      const server = await startStashServer(options);
      servers.push(server);
      return server;
    },
    hmacClient(server, { secret, ...overrides } = {}) {
      return keep(
        new StashClient({
          baseUrl: server.url,
          allowInsecureHttp: true,
          retry: FAST_RETRY,
          shopHandle: server.credentials.shopHandle,
          auth: {
            hmac: {
              shopId: server.credentials.shopId,
              secret: secret ?? server.credentials.hmacSecret,
            },
          },
          ...overrides,
        }),
      );
    },
    apiKeyClient(server, { apiKey, ...overrides } = {}) {
      return keep(
        new StashClient({
          baseUrl: server.url,
          allowInsecureHttp: true,
          retry: FAST_RETRY,
          shopHandle: server.credentials.shopHandle,
          auth: { apiKey: apiKey ?? server.credentials.apiKey },
          ...overrides,
        }),
      );
    },
  };
}

/** The rejection of `promise`, failing the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );
}
