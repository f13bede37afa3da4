import { describe, expect, it } from 'vitest';
import { causeCodeOf, useServers } from './use-servers.js';

const start = useServers();

describe('faults', () => {
  it("'drop' closes the connection without an answer, after logging the request once", async () => {
    const server = await start();
    server.enqueue({ fault: 'drop' });

    const code = await causeCodeOf(fetch(`${server.url}/charges`, { method: 'POST', body: '{}' }));

    // undici's name for "the server closed the socket before answering"; a reset would
    // show ECONNRESET instead.
    expect(code).toBe('UND_ERR_SOCKET');
    expect(server.requests.map((entry) => [entry.method, entry.body])).toEqual([['POST', '{}']]);
  });

  it("'reset' aborts the connection: the client sees ECONNRESET", async () => {
    const server = await start();
    server.enqueue({ fault: 'reset' });

    const code = await causeCodeOf(fetch(`${server.url}/charges`, { method: 'POST', body: '{}' }));

    expect(code).toBe('ECONNRESET');
    expect(server.requests).toHaveLength(1);
  });

  it('a fault is one step: the next request gets the next answer', async () => {
    const server = await start();
    server.enqueue({ fault: 'reset' }, { json: 'retried' });

    await expect(fetch(server.url)).rejects.toThrow(TypeError);
    const retry = await fetch(server.url);

    expect(await retry.json()).toBe('retried');
    expect(server.requests).toHaveLength(2);
  });

  it("'hang' never answers, so the client's timeout fires", async () => {
    const server = await start();
    server.enqueue({ fault: 'hang' });

    await expect(fetch(server.url, { signal: AbortSignal.timeout(100) })).rejects.toMatchObject({
      name: 'TimeoutError',
    });
  });

  it("'delayMs' applies before a fault", async () => {
    const server = await start();
    server.enqueue({ fault: 'reset', delayMs: 150 });

    const startedAt = performance.now();
    await expect(fetch(server.url)).rejects.toThrow(TypeError);

    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(140);
  });
});

describe("'slow-body'", () => {
  const body = 'abcdefghijklmnopqrstuvwxyz0123456789';

  it('sends headers at once, then the whole body in several chunks', async () => {
    const server = await start();
    server.enqueue({ fault: 'slow-body', body, chunkSize: 8, chunkDelayMs: 20 });

    const response = await fetch(server.url);
    const headersAt = performance.now();
    const reader = response.body?.getReader();
    const decoder = new TextDecoder();
    let text = '';
    let chunks = 0;
    for (let read = await reader?.read(); read?.done === false; read = await reader?.read()) {
      chunks += 1;
      text += decoder.decode(read.value, { stream: true });
    }

    expect(text).toBe(body);
    expect(response.headers.get('content-length')).toBe(String(body.length));
    // 5 chunks 20 ms apart: the body clearly trails the headers and arrives in pieces.
    expect(performance.now() - headersAt).toBeGreaterThanOrEqual(50);
    expect(chunks).toBeGreaterThan(1);
  });

  it("uses the default chunk size of 8 bytes when the step doesn't set one", async () => {
    const server = await start();
    server.enqueue({ fault: 'slow-body', body: 'x'.repeat(16), chunkDelayMs: 30 });

    const response = await fetch(server.url);
    const reader = response.body?.getReader();
    const first = await reader?.read();

    expect(first?.value?.byteLength).toBe(8);
    await reader?.cancel();
  });

  it("lets the client's signal abort reading the body", async () => {
    const server = await start();
    server.enqueue({ fault: 'slow-body', body: 'x'.repeat(1_000), chunkDelayMs: 50 });

    const response = await fetch(server.url, { signal: AbortSignal.timeout(150) });

    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('a body cut off by close() fails to read instead of looking complete', async () => {
    const server = await start();
    server.enqueue({ fault: 'slow-body', body: 'x'.repeat(1_000), chunkDelayMs: 20 });

    const response = await fetch(server.url);
    const text = response.text();
    await server.close();

    await expect(text).rejects.toThrow(TypeError);
  });
});
