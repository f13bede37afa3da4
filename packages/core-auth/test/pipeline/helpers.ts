import { type LoopbackServer, startLoopbackServer } from '@acme/testing';
import { afterEach } from 'vitest';
import { createPipeline, type PipelineOptions, Secret, staticCredential } from '../../src/index.js';

/** An obviously fake key, long enough to be masked as 8 + 4 characters. */
export const FAKE_KEY = 'fake_key_0000000000000000000000000000dead';

const servers: LoopbackServer[] = [];

/** A loopback server closed after each test. */
export async function server(): Promise<LoopbackServer> {
  const started = await startLoopbackServer();
  servers.push(started);
  return started;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A pipeline on `url` with a static API key, no jitter, and small backoffs. */
export function keyedPipeline(
  url: string,
  overrides: Partial<PipelineOptions<{ apiKey: Secret }>> = {},
) {
  return createPipeline<{ apiKey: Secret }>({
    baseUrl: url,
    allowInsecureHttp: true,
    provider: '@acme/test-client',
    credentials: staticCredential({ apiKey: Secret.from(FAKE_KEY) }),
    headers: (c) => ({ 'x-api-key': c.apiKey.reveal() }),
    retry: { limit: 2, baseDelayMs: 5, maxDelayMs: 10, random: () => 1 },
    ...overrides,
  } as PipelineOptions<{ apiKey: Secret }>);
}
