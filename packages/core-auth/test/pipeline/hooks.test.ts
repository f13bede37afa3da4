import { statusSequence } from '@acme/testing';
import { describe, expect, it } from 'vitest';
import type { RequestEvent, ResponseEvent, RetryEvent } from '../../src/index.js';
import { FAKE_KEY, keyedPipeline, server } from './helpers.js';

describe('hooks', () => {
  it('reports each attempt with method, redacted URL, status, attempt, duration and request id', async () => {
    const s = await server();
    s.enqueue(...statusSequence(503), { json: {}, headers: { 'x-request-id': 'rid-2' } });
    const events: Array<RequestEvent | ResponseEvent | RetryEvent> = [];
    const pipeline = keyedPipeline(s.url, {
      hooks: {
        onRequest: (e) => events.push(e),
        onResponse: (e) => events.push(e),
        onRetry: (e) => events.push(e),
      },
    });
    await pipeline.request({
      method: 'GET',
      path: 'users',
      searchParams: { token: FAKE_KEY, limit: 5 },
    });
    expect(
      events.map((e) =>
        'delayMs' in e ? 'retry' : 'status' in e ? `response ${e.status}` : 'request',
      ),
    ).toEqual(['request', 'response 503', 'retry', 'request', 'response 200']);
    const last = events[4] as ResponseEvent;
    expect(last.attempt).toBe(2);
    expect(last.requestId).toBe('rid-2');
    expect(last.durationMs).toBeGreaterThan(0);
    expect(last.url).toBe(`${s.url}/users?token=fake_key…dead&limit=****`);
    expect(JSON.stringify(events)).not.toContain(FAKE_KEY);
  });

  it('ignores a hook that throws', async () => {
    const s = await server();
    s.enqueue({ json: { ok: 1 } });
    const pipeline = keyedPipeline(s.url, {
      hooks: {
        onRequest: () => {
          throw new Error('logger broke');
        },
      },
    });
    await expect(pipeline.request({ method: 'GET', path: 'x' })).resolves.toEqual({ ok: 1 });
  });
});
