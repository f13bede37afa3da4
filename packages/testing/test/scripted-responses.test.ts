import { statusSequence } from '@acme/testing';
import { describe, expect, it } from 'vitest';
import { useServers } from './use-servers.js';

const start = useServers();

describe('scripted responses', () => {
  it('answers from the queue in order, then from the handler', async () => {
    const server = await start();
    server
      .enqueue({ status: 201, json: { step: 1 } }, { status: 202, json: { step: 2 } })
      .setHandler((request) => ({ json: { step: 'handler', path: request.path } }));

    const answers = [];
    for (const path of ['/a', '/b', '/c', '/d']) {
      const response = await fetch(`${server.url}${path}`);
      answers.push([response.status, await response.json()]);
    }

    expect(answers).toEqual([
      [201, { step: 1 }],
      [202, { step: 2 }],
      [200, { step: 'handler', path: '/c' }],
      [200, { step: 'handler', path: '/d' }],
    ]);
  });

  it('takes the handler from the options and awaits an async one', async () => {
    const server = await start({ handler: async () => ({ status: 418, body: 'teapot' }) });

    const response = await fetch(server.url);

    expect(response.status).toBe(418);
    expect(await response.text()).toBe('teapot');
  });

  it('answers 404 with the method and path when there is no handler', async () => {
    const server = await start();

    const response = await fetch(`${server.url}/nope?x=1`, { method: 'DELETE' });

    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'no handler for DELETE /nope' });
  });

  it('sets content-type and content-length for json and text bodies', async () => {
    const server = await start();
    server.enqueue({ json: { ok: true } }, { body: 'héllo' }, { body: new Uint8Array([1, 2, 3]) });

    const json = await fetch(server.url);
    const text = await fetch(server.url);
    const bytes = await fetch(server.url);

    expect(json.headers.get('content-type')).toBe('application/json');
    expect(json.headers.get('content-length')).toBe('11');
    expect(await json.json()).toEqual({ ok: true });
    expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(text.headers.get('content-length')).toBe('6');
    expect(await text.text()).toBe('héllo');
    expect(new Uint8Array(await bytes.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('lets given headers win, whatever their case', async () => {
    const server = await start();
    server.enqueue({
      json: { ok: true },
      headers: { 'Content-Type': 'application/problem+json', 'X-Request-Id': 'req_1' },
    });

    const response = await fetch(server.url);

    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('x-request-id')).toBe('req_1');
  });

  it('sets retry-after from seconds or from an HTTP date', async () => {
    const server = await start();
    const date = 'Wed, 21 Oct 2015 07:28:00 GMT';
    server.enqueue({ status: 429, retryAfter: 2 }, { status: 503, retryAfter: date });

    const seconds = await fetch(server.url);
    const httpDate = await fetch(server.url);

    expect([seconds.status, seconds.headers.get('retry-after')]).toEqual([429, '2']);
    expect([httpDate.status, httpDate.headers.get('retry-after')]).toEqual([503, date]);
  });

  it('waits delayMs before answering', async () => {
    const server = await start();
    server.enqueue({ delayMs: 150, json: 'late' });

    const startedAt = performance.now();
    const response = await fetch(server.url);
    const elapsedMs = performance.now() - startedAt;

    expect(await response.json()).toBe('late');
    // Timers may round a millisecond early; the point is "clearly delayed", not precision.
    expect(elapsedMs).toBeGreaterThanOrEqual(140);
  });

  it('rejects a step with both json and body at enqueue time, enqueuing nothing', async () => {
    const server = await start({ handler: () => ({ json: 'handler' }) });

    expect(() => server.enqueue({ json: 1 }, { json: {}, body: 'x' })).toThrow(
      '[@acme/testing] Scripted response sets both json and body: pass one of them.',
    );
    expect(() => server.enqueue({ fault: 'slow-body', chunkSize: 0 })).toThrow(/chunkSize 0/);
    expect(() => server.enqueue({ status: 99 })).toThrow(/status 99/);

    expect(await (await fetch(server.url)).json()).toBe('handler');
  });
});

describe('handler failures', () => {
  it('answers 500 with the message when the handler throws, and keeps serving', async () => {
    let calls = 0;
    const server = await start({
      handler: () => {
        calls += 1;
        if (calls === 1) throw new Error('boom');
        return { json: 'recovered' };
      },
    });

    const failed = await fetch(server.url);
    const next = await fetch(server.url);

    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({ error: 'boom' });
    expect(await next.json()).toBe('recovered');
    expect(server.requests).toHaveLength(2);
  });

  it('answers 500 when an async handler rejects', async () => {
    const server = await start({ handler: () => Promise.reject(new Error('async boom')) });

    const response = await fetch(server.url);

    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: 'async boom' });
  });

  it('answers 500 when the handler returns both json and body', async () => {
    const server = await start({ handler: () => ({ json: {}, body: 'x' }) });

    const response = await fetch(server.url);

    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      error: '[@acme/testing] Scripted response sets both json and body: pass one of them.',
    });
  });
});

describe('statusSequence', () => {
  it('builds one step per status with a small JSON body', () => {
    expect(statusSequence(503, 200)).toEqual([
      { status: 503, json: { status: 503 } },
      { status: 200, json: { status: 200 } },
    ]);
    expect(statusSequence()).toEqual([]);
  });

  it('scripts fail, fail, succeed; a 204 arrives without a body', async () => {
    const server = await start();
    server.enqueue(...statusSequence(503, 429, 200, 204));

    const statuses = [];
    const bodies = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const response = await fetch(server.url);
      statuses.push(response.status);
      bodies.push(await response.text());
    }

    expect(statuses).toEqual([503, 429, 200, 204]);
    expect(bodies).toEqual(['{"status":503}', '{"status":429}', '{"status":200}', '']);
  });
});
