import { describe, expect, it } from 'vitest';
import { AbortError, TimeoutError } from '../../src/index.js';
import { keyedPipeline, server } from './helpers.js';

describe('beforeAttempt', () => {
  it('is awaited before every attempt, retries included, with the attempt signal', async () => {
    const s = await server();
    s.enqueue({ status: 503 }, { json: { ok: true } });
    const seen: AbortSignal[] = [];
    const pipeline = keyedPipeline(s.url, {
      beforeAttempt: async (signal) => {
        seen.push(signal);
        expect(s.requests).toHaveLength(seen.length - 1);
      },
    });
    await expect(pipeline.request({ method: 'GET', path: 'x' })).resolves.toEqual({ ok: true });
    expect(seen).toHaveLength(2);
    expect(seen[0]).not.toBe(seen[1]);
  });

  it('counts its wait toward the attempt timeout, and nothing is sent', async () => {
    const s = await server();
    const pipeline = keyedPipeline(s.url, {
      retry: 0,
      timeoutMs: 50,
      beforeAttempt: (signal) =>
        new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
    });
    const error = await pipeline.request({ method: 'GET', path: 'x' }).catch((e: unknown) => e);
    expect(TimeoutError.is(error) && error.timeoutKind).toBe('attempt');
    expect(s.requests).toHaveLength(0);
  });

  it('ends with the call when the client closes during the wait', async () => {
    const s = await server();
    const pipeline = keyedPipeline(s.url, {
      beforeAttempt: (signal) =>
        new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
    });
    const call = pipeline.request({ method: 'GET', path: 'x' }).catch((e: unknown) => e);
    setTimeout(() => pipeline.close(), 10);
    expect(AbortError.is(await call)).toBe(true);
    expect(s.requests).toHaveLength(0);
  });
});
