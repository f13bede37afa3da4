import { brotliCompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  ApiError,
  ConfigurationError,
  NetworkError,
  ResponseValidationError,
  TimeoutError,
  type TransportKind,
} from '../../src/index.js';
import { FAKE_KEY, keyedPipeline, server } from './helpers.js';

// Both transports must behave alike: the pipeline's contract does not depend on which one
// sends the request.
describe.each<TransportKind>(['node', 'fetch'])('the %s transport', (transport) => {
  const pipelineOn = (url: string, extra: Parameters<typeof keyedPipeline>[1] = {}) =>
    keyedPipeline(url, { transport, retry: 0, ...extra });

  it('sends method, headers and body, and reads the JSON answer', async () => {
    const s = await server();
    s.enqueue({ status: 201, json: { ok: true, name: 'ü' } });
    const body = await pipelineOn(s.url).request({
      method: 'POST',
      path: 'items',
      json: { n: 'é' },
    });
    expect(body).toEqual({ ok: true, name: 'ü' });
    const [seen] = s.requests;
    expect(seen?.body).toBe('{"n":"é"}');
    expect(seen?.headers['content-length']).toBe(String(Buffer.byteLength('{"n":"é"}')));
    expect(seen?.headers['x-api-key']).toBe(FAKE_KEY);
  });

  it.each([
    ['gzip', gzipSync],
    ['br', brotliCompressSync],
  ] as const)('decodes a %s body', async (encoding, compress) => {
    const s = await server();
    s.enqueue({
      body: compress(Buffer.from(JSON.stringify({ items: ['a', 'b'] }))),
      headers: { 'content-encoding': encoding, 'content-type': 'application/json' },
    });
    await expect(pipelineOn(s.url).request({ method: 'GET', path: 'x' })).resolves.toEqual({
      items: ['a', 'b'],
    });
  });

  it('drops a leading byte order mark, as Response.text() does', async () => {
    const s = await server();
    s.enqueue({ body: '\uFEFF{"a":1}', headers: { 'content-type': 'application/json' } });
    await expect(pipelineOn(s.url).request({ method: 'GET', path: 'x' })).resolves.toEqual({
      a: 1,
    });
  });

  it('never follows a redirect', async () => {
    const s = await server();
    s.enqueue({ status: 302, headers: { location: `${s.url}/elsewhere` } });
    const error = await pipelineOn(s.url)
      .request({ method: 'GET', path: 'x' })
      .catch((e: unknown) => e);
    expect(ApiError.is(error) && error.status).toBe(302);
    expect(s.requests).toHaveLength(1);
  });

  it('refuses a body over maxResponseBytes by its declared length', async () => {
    const s = await server();
    s.enqueue({ body: 'x'.repeat(2_000) });
    const error = await pipelineOn(s.url, { maxResponseBytes: 1_000 })
      .request({ method: 'GET', path: 'x', responseType: 'text' })
      .catch((e: unknown) => e);
    expect(ResponseValidationError.is(error) && error.code).toBe('response_too_large');
    expect(String(error)).toContain('maxResponseBytes (1000 bytes)');
  });

  it('refuses a compressed body that inflates past maxResponseBytes', async () => {
    const s = await server();
    s.enqueue({
      body: gzipSync(Buffer.alloc(5_000_000, 0x61)),
      headers: { 'content-encoding': 'gzip' },
    });
    const error = await pipelineOn(s.url, { maxResponseBytes: 100_000 })
      .request({ method: 'GET', path: 'x', responseType: 'text' })
      .catch((e: unknown) => e);
    expect(ResponseValidationError.is(error) && error.code).toBe('response_too_large');
  });

  it('reads a body that stays within maxResponseBytes', async () => {
    const s = await server();
    s.enqueue({ body: 'y'.repeat(1_000), fault: 'slow-body', chunkDelayMs: 0, chunkSize: 100 });
    await expect(
      pipelineOn(s.url, { maxResponseBytes: 1_000 }).request({
        method: 'GET',
        path: 'x',
        responseType: 'text',
      }),
    ).resolves.toBe('y'.repeat(1_000));
  });

  it('turns a reset connection into a NetworkError', async () => {
    const s = await server();
    s.enqueue({ fault: 'reset' });
    await expect(pipelineOn(s.url).request({ method: 'GET', path: 'x' })).rejects.toSatisfy(
      (e: unknown) => NetworkError.is(e),
    );
  });

  it('times out an attempt that gets no answer', async () => {
    const s = await server();
    s.enqueue({ fault: 'hang' });
    const error = await pipelineOn(s.url, { timeoutMs: 100 })
      .request({ method: 'GET', path: 'x' })
      .catch((e: unknown) => e);
    expect(TimeoutError.is(error) && error.timeoutKind).toBe('attempt');
  });
});

describe('choosing the transport', () => {
  it('sends through the given fetch, which implies the fetch transport', async () => {
    const s = await server();
    s.enqueue({ json: { ok: true } });
    let calls = 0;
    const counting: typeof fetch = (input, init) => {
      calls++;
      return fetch(input, init);
    };
    await keyedPipeline(s.url, { fetch: counting }).request({ method: 'GET', path: 'x' });
    expect(calls).toBe(1);
  });

  it.each([
    [{ transport: 'node' as const, fetch }, /transport is "node" but a fetch was given/],
    [{ transport: 'undici' as TransportKind }, /transport must be "node" or "fetch"/],
    [{ maxResponseBytes: 0 }, /maxResponseBytes must be a whole number of bytes/],
  ])('refuses contradictory or bad transport options (%#)', (options, message) => {
    expect(() => keyedPipeline('http://127.0.0.1:9', options)).toThrow(message);
    expect(() => keyedPipeline('http://127.0.0.1:9', options)).toThrow(ConfigurationError);
  });
});
