import { describe, expect, it } from 'vitest';
import { AbortError, TimeoutError } from '../../src/index.js';
import { keyedPipeline, server } from './helpers.js';

describe('timeouts, deadlines and aborts', () => {
  it('times out one attempt with a TimeoutError of kind attempt', async () => {
    const s = await server();
    s.enqueue({ fault: 'hang' });
    const error = await keyedPipeline(s.url, { timeoutMs: 100, retry: 0 })
      .request({ method: 'GET', path: 'x' })
      .catch((e: unknown) => e);
    expect(TimeoutError.is(error)).toBe(true);
    expect((error as TimeoutError).timeoutKind).toBe('attempt');
    expect((error as Error).message).toContain('within 100 ms');
  });

  it('retries an idempotent call after an attempt timeout', async () => {
    const s = await server();
    s.enqueue({ fault: 'hang' }, { json: { ok: true } });
    await expect(
      keyedPipeline(s.url, { timeoutMs: 100 }).request({ method: 'GET', path: 'x' }),
    ).resolves.toEqual({ ok: true });
    expect(s.requests).toHaveLength(2);
  });

  it('times out a body that trickles in too slowly', async () => {
    const s = await server();
    s.enqueue({
      json: { long: 'x'.repeat(200) },
      fault: 'slow-body',
      chunkDelayMs: 50,
      chunkSize: 4,
    });
    const error = await keyedPipeline(s.url, { timeoutMs: 200, retry: 0 })
      .request({ method: 'GET', path: 'x' })
      .catch((e: unknown) => e);
    expect(TimeoutError.is(error)).toBe(true);
  });

  it('bounds the whole call, retries included, by deadlineMs', async () => {
    const s = await server();
    s.setHandler(() => ({ fault: 'hang' }));
    const started = performance.now();
    const error = await keyedPipeline(s.url, {
      timeoutMs: 120,
      deadlineMs: 300,
      retry: { limit: 10, baseDelayMs: 1, maxDelayMs: 1 },
    })
      .request({ method: 'GET', path: 'x' })
      .catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(TimeoutError.is(error)).toBe(true);
    expect((error as TimeoutError).timeoutKind).toBe('deadline');
    expect(elapsed).toBeGreaterThanOrEqual(280);
    expect(elapsed).toBeLessThan(1_500);
  });

  it("aborts with the caller's signal and keeps its reason as the cause", async () => {
    const s = await server();
    s.enqueue({ fault: 'hang' });
    const controller = new AbortController();
    const pending = keyedPipeline(s.url).request({
      method: 'GET',
      path: 'x',
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(new Error('user cancelled')), 50);
    const error = await pending.catch((e: unknown) => e);
    expect(AbortError.is(error)).toBe(true);
    expect((error as Error).name).toBe('AbortError');
    expect(((error as Error).cause as Error).message).toBe('user cancelled');
  });

  it('sends nothing when the signal is already aborted', async () => {
    const s = await server();
    const error = await keyedPipeline(s.url)
      .request({ method: 'GET', path: 'x', signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(AbortError.is(error)).toBe(true);
    expect(s.requests).toHaveLength(0);
  });

  it('aborts a backoff wait promptly', async () => {
    const s = await server();
    s.enqueue({ status: 503, retryAfter: 30 });
    const controller = new AbortController();
    const started = performance.now();
    const pending = keyedPipeline(s.url).request({
      method: 'GET',
      path: 'x',
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 100);
    await expect(pending).rejects.toSatisfy((e) => AbortError.is(e));
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('close() aborts calls in flight and refuses new ones', async () => {
    const s = await server();
    s.setHandler(() => ({ fault: 'hang' }));
    const pipeline = keyedPipeline(s.url);
    const inFlight = pipeline.request({ method: 'GET', path: 'x' });
    await new Promise((r) => setTimeout(r, 50));
    pipeline.close();
    await expect(inFlight).rejects.toSatisfy(
      (e) => AbortError.is(e) && /client was closed/.test(String((e as Error).message)),
    );
    await expect(pipeline.request({ method: 'GET', path: 'y' })).rejects.toSatisfy((e) =>
      AbortError.is(e),
    );
    expect(s.requests).toHaveLength(1);
    expect(pipeline.closed).toBe(true);
  });

  it('closes through await using', async () => {
    const s = await server();
    s.setHandler(() => ({ fault: 'hang' }));
    let pending: Promise<unknown> | undefined;
    {
      await using pipeline = keyedPipeline(s.url);
      pending = pipeline.request({ method: 'GET', path: 'x' });
      pending.catch(() => undefined);
      await new Promise((r) => setTimeout(r, 30));
    }
    await expect(pending).rejects.toSatisfy((e) => AbortError.is(e));
  });
});
