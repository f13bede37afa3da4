import { statusSequence } from '@acme/testing';
import { describe, expect, it } from 'vitest';
import { NetworkError, type RetryEvent, ServerError } from '../../src/index.js';
import { keyedPipeline, server } from './helpers.js';

describe('retries', () => {
  it('retries a GET through transient 503s and succeeds', async () => {
    const s = await server();
    s.enqueue(...statusSequence(503, 502), { json: { ok: true } });
    const body = await keyedPipeline(s.url).request({ method: 'GET', path: 'x' });
    expect(body).toEqual({ ok: true });
    expect(s.requests).toHaveLength(3);
  });

  it('stops after the retry limit and throws the last error', async () => {
    const s = await server();
    s.enqueue(...statusSequence(500, 500, 500, 500));
    const error = await keyedPipeline(s.url)
      .request({ method: 'GET', path: 'x' })
      .catch((e: unknown) => e);
    expect(ServerError.is(error)).toBe(true);
    expect(s.requests).toHaveLength(3);
  });

  it('never retries a POST that could charge twice', async () => {
    const s = await server();
    s.enqueue(...statusSequence(503, 200));
    const error = await keyedPipeline(s.url)
      .request({ method: 'POST', path: 'pay', json: {} })
      .catch((e: unknown) => e);
    expect(ServerError.is(error)).toBe(true);
    expect(s.requests).toHaveLength(1);
  });

  it('never retries a POST whose connection was reset after it was sent', async () => {
    const s = await server();
    s.enqueue({ fault: 'reset' }, { json: {} });
    const error = await keyedPipeline(s.url)
      .request({ method: 'POST', path: 'pay', json: {} })
      .catch((e: unknown) => e);
    expect(NetworkError.is(error)).toBe(true);
    expect(s.requests).toHaveLength(1);
  });

  it('retries a POST the caller marked idempotent', async () => {
    const s = await server();
    s.enqueue(...statusSequence(503), { json: { ok: 1 } });
    await keyedPipeline(s.url).request({ method: 'POST', path: 'pay', json: {}, idempotent: true });
    expect(s.requests).toHaveLength(2);
  });

  it('retries a GET after a reset connection', async () => {
    const s = await server();
    s.enqueue({ fault: 'reset' }, { fault: 'drop' }, { json: { ok: 1 } });
    await expect(keyedPipeline(s.url).request({ method: 'GET', path: 'x' })).resolves.toEqual({
      ok: 1,
    });
    expect(s.requests).toHaveLength(3);
  });

  it('does not retry statuses off the list, such as 400 or 501', async () => {
    const s = await server();
    s.enqueue(...statusSequence(400, 200));
    await expect(keyedPipeline(s.url).request({ method: 'GET', path: 'x' })).rejects.toThrow(
      /HTTP 400/,
    );
    expect(s.requests).toHaveLength(1);
  });

  it('waits what Retry-After asks, in seconds', async () => {
    const s = await server();
    s.enqueue({ status: 429, retryAfter: 1 }, { json: {} });
    const events: RetryEvent[] = [];
    const started = performance.now();
    await keyedPipeline(s.url, { hooks: { onRetry: (e) => events.push(e) } }).request({
      method: 'GET',
      path: 'x',
    });
    expect(events[0]?.delayMs).toBe(1_000);
    expect(events[0]?.status).toBe(429);
    expect(events[0]?.reason).toBe('rate_limited');
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('reads Retry-After as an HTTP date', async () => {
    const s = await server();
    s.enqueue(
      { status: 503, retryAfter: new Date(Date.now() + 3_000).toUTCString() },
      { json: {} },
    );
    const events: RetryEvent[] = [];
    await keyedPipeline(s.url, {
      retry: { limit: 1, maxRetryAfterMs: 40 },
      hooks: { onRetry: (e) => events.push(e) },
    }).request({ method: 'GET', path: 'x' });
    // The date asks for ~3 s; the cap clamps the wait to 40 ms.
    expect(events[0]?.delayMs).toBe(40);
  });

  it('gives up instead of waiting past the deadline', async () => {
    const s = await server();
    s.enqueue({ status: 503, retryAfter: 30 }, { json: {} });
    const started = performance.now();
    const error = await keyedPipeline(s.url, { deadlineMs: 2_000 })
      .request({ method: 'GET', path: 'x' })
      .catch((e: unknown) => e);
    expect(ServerError.is(error)).toBe(true);
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(s.requests).toHaveLength(1);
  });

  it('stops retrying once the retry budget is spent, so a failing server is not stormed', async () => {
    const s = await server();
    s.setHandler(() => ({ status: 503 }));
    const pipeline = keyedPipeline(s.url, {
      retry: { limit: 10, baseDelayMs: 1, maxDelayMs: 1, random: () => 0 },
    });
    await expect(pipeline.request({ method: 'GET', path: 'x' })).rejects.toThrow(/HTTP 503/);
    // 10 tokens, one per failure, retries only while more than 5 remain: 5 attempts.
    expect(s.requests).toHaveLength(5);
    await expect(pipeline.request({ method: 'GET', path: 'x' })).rejects.toThrow(/HTTP 503/);
    expect(s.requests).toHaveLength(6);
  });
});
