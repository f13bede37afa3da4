import { describe, expect, it, vi } from 'vitest';
import { AbortError, RateLimitQueueFullError, StakeClient, TimeoutError } from '../src/index.js';
import { TokenBucket } from '../src/rate-limit/token-bucket.js';
import { useStake } from './helpers.js';

const stake = useStake();

describe('close() and await using', () => {
  it('aborts a call in flight and refuses new ones', async () => {
    const server = await stake.start();
    server.enqueue({ fault: 'hang' });
    const client = stake.client(server);
    const pending = client.getUserBalances();
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    client.close();
    await expect(pending).rejects.toSatisfy((e) => AbortError.is(e));
    await expect(client.getUserProfile()).rejects.toSatisfy((e) => AbortError.is(e));
    expect(client.closed).toBe(true);
  });

  it('closes at the end of an await using block', async () => {
    const server = await stake.start();
    let escaped: StakeClient | undefined;
    {
      await using client = new StakeClient({
        baseUrl: server.url,
        allowInsecureHttp: true,
        accessToken: server.accounts[0]?.accessToken ?? '',
      });
      escaped = client;
      await client.getUserBalances();
    }
    expect(escaped.closed).toBe(true);
  });

  it('honours a call signal', async () => {
    const server = await stake.start();
    server.enqueue({ fault: 'hang' });
    const controller = new AbortController();
    const pending = stake.client(server).getUserBalances({ signal: controller.signal });
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    controller.abort();
    await expect(pending).rejects.toSatisfy((e) => AbortError.is(e));
  });
});

describe('client-side rate limit', () => {
  it('spaces requests to the configured rate over loopback', async () => {
    const server = await stake.start();
    const client = stake.client(server, { rateLimit: { requestsPerSecond: 20, burst: 1 } });
    const started = performance.now();
    await Promise.all([1, 2, 3, 4, 5].map(() => client.getConversionRates()));
    // 1 at once, then one every 50 ms.
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    const times = server.requests.map((r) => r.receivedAt);
    expect((times.at(-1) ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(180);
  });

  it('aborts a wait for a token, sending nothing', async () => {
    const server = await stake.start();
    const client = stake.client(server, { rateLimit: { requestsPerSecond: 1, burst: 1 } });
    await client.getConversionRates();
    const controller = new AbortController();
    const waiting = client.getConversionRates({ signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    await expect(waiting).rejects.toSatisfy((e) => AbortError.is(e));
    const closing = client.getConversionRates();
    client.close();
    await expect(closing).rejects.toSatisfy((e) => AbortError.is(e));
    expect(server.requests).toHaveLength(1);
  });

  it('takes a token per attempt: a query retried through two 503s is spaced at the rate', async () => {
    const server = await stake.start();
    const unavailable = { status: 503, json: { error: 'unavailable' } } as const;
    server.enqueue(unavailable, unavailable);
    const client = stake.client(server, { rateLimit: { requestsPerSecond: 1, burst: 1 } });
    await expect(client.getConversionRates()).resolves.toHaveProperty('baseRates.btc');
    const times = server.requests.map((r) => r.receivedAt);
    expect(times).toHaveLength(3);
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(900);
    expect((times[2] ?? 0) - (times[1] ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('ends a wait for a token at the call deadline with TimeoutError, sending nothing', async () => {
    const server = await stake.start();
    const client = stake.client(server, { rateLimit: { requestsPerSecond: 1, burst: 1 } });
    await client.getConversionRates();
    const started = performance.now();
    const error = await client.getConversionRates({ deadlineMs: 300 }).catch((e: unknown) => e);
    expect(TimeoutError.is(error) && error.timeoutKind).toBe('deadline');
    expect(performance.now() - started).toBeLessThan(700);
    expect(server.requests).toHaveLength(1);
  });

  it('bounds the queue: one call beyond maxQueue fails at once, nothing sent', async () => {
    const server = await stake.start();
    const client = stake.client(server, {
      rateLimit: { requestsPerSecond: 5, burst: 1, maxQueue: 1 },
    });
    await client.getConversionRates();
    // Waits about 200 ms for its token.
    const queued = client.getConversionRates();
    await new Promise((resolve) => setTimeout(resolve, 30));
    const refused = await client.getConversionRates().catch((e: unknown) => e);
    expect(RateLimitQueueFullError.is(refused)).toBe(true);
    expect((refused as RateLimitQueueFullError).retryable).toBe(false);
    await expect(queued).resolves.toHaveProperty('baseRates.btc');
    expect(server.requests).toHaveLength(2);
    expect(() => new TokenBucket({ maxQueue: -1 })).toThrow(/maxQueue/);
  });

  it('refills at the rate, up to the burst (bucket maths)', () => {
    let now = 0;
    const bucket = new TokenBucket({ requestsPerSecond: 10, burst: 2 }, () => now);
    expect([bucket.reserve(), bucket.reserve(), bucket.reserve(), bucket.reserve()]).toEqual([
      0, 0, 100, 200,
    ]);
    now = 10_000;
    expect([bucket.reserve(), bucket.reserve(), bucket.reserve()]).toEqual([0, 0, 100]);
    bucket.refund();
    expect(bucket.reserve()).toBe(100);
    expect(() => new TokenBucket({ requestsPerSecond: 0 })).toThrow(/positive/);
  });

  it('defaults to 10 requests per second', () => {
    let now = 0;
    const bucket = new TokenBucket({}, () => now);
    for (let i = 0; i < 10; i++) expect(bucket.reserve()).toBe(0);
    expect(bucket.reserve()).toBe(100);
    now = 1;
  });
});
