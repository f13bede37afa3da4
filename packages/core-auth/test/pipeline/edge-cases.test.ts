import { inspect } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  AbortError,
  ApiError,
  ConfigurationError,
  CredentialError,
  createPipeline,
  SdkError,
  ServerError,
  type TransportKind,
} from '../../src/index.js';
import { keyedPipeline, server } from './helpers.js';

const FAKE_REFRESH = 'fake-refresh-token-0000000000000000';

describe.each<TransportKind>(['node', 'fetch'])('edge cases on the %s transport', (transport) => {
  const pipelineOn = (url: string, extra: Parameters<typeof keyedPipeline>[1] = {}) =>
    keyedPipeline(url, { transport, retry: 0, ...extra });

  it('reads no body from a HEAD or a 204 that claims gzip', async () => {
    const s = await server();
    s.enqueue(
      { status: 200, headers: { 'content-encoding': 'gzip', 'content-length': '20971520' } },
      { status: 204, headers: { 'content-encoding': 'gzip' } },
    );
    const pipeline = pipelineOn(s.url, { maxResponseBytes: 1_000 });
    await expect(pipeline.request({ method: 'HEAD', path: 'big' })).resolves.toBeUndefined();
    await expect(pipeline.request({ method: 'DELETE', path: 'x' })).resolves.toBeUndefined();
  });

  it('decodes stacked encodings, outermost last', async () => {
    const s = await server();
    const body = brotliCompressSync(gzipSync(Buffer.from('{"layers":2}')));
    s.enqueue({ body, headers: { 'content-encoding': 'gzip, br' } });
    await expect(pipelineOn(s.url).request({ method: 'GET', path: 'x' })).resolves.toEqual({
      layers: 2,
    });
  });

  it('classifies an error status whose body is too large by its status, and retries it', async () => {
    const s = await server();
    s.enqueue({ status: 503, body: 'x'.repeat(5_000) }, { json: { ok: true } });
    const pipeline = pipelineOn(s.url, {
      maxResponseBytes: 1_000,
      retry: { limit: 1, baseDelayMs: 1, maxDelayMs: 1 },
    });
    await expect(pipeline.request({ method: 'GET', path: 'x' })).resolves.toEqual({ ok: true });
    s.enqueue({ status: 503, body: 'x'.repeat(5_000) });
    const error = await pipelineOn(s.url, { maxResponseBytes: 1_000 })
      .request({ method: 'GET', path: 'x' })
      .catch((e: unknown) => e);
    expect(ServerError.is(error) && error.status).toBe(503);
  });

  it('lets a caller header replace a default whatever its case', async () => {
    const s = await server();
    s.enqueue({ body: 'a,b' });
    await pipelineOn(s.url).request({
      method: 'GET',
      path: 'x',
      responseType: 'text',
      headers: { Accept: 'text/csv', 'User-Agent': 'mine/1' },
    });
    expect(s.requests[0]?.headers.accept).toBe('text/csv');
    expect(s.requests[0]?.headers['user-agent']).toBe('mine/1');
  });
});

describe('the pipeline at its edges', () => {
  it('sends nothing when the call is aborted by a hook before its attempt', async () => {
    const s = await server();
    s.enqueue({ json: { charged: true } });
    const abort = new AbortController();
    const pipeline = keyedPipeline(s.url, { hooks: { onRequest: () => abort.abort() } });
    const error = await pipeline
      .request({ method: 'POST', path: 'charge', json: {}, signal: abort.signal })
      .catch((e: unknown) => e);
    expect(AbortError.is(error)).toBe(true);
    expect(s.requests).toHaveLength(0);
  });

  it.each([
    [{ 'x-key': 'fake\u007fkey' }, /control character/],
    [{ 'x key': 'fake' }, /header name is not an HTTP token/],
  ])('refuses an unsendable header before any I/O (%#)', async (headers, message) => {
    const s = await server();
    const call = keyedPipeline(s.url).request({ method: 'GET', path: 'x', headers });
    await expect(call).rejects.toThrow(message);
    await expect(call).rejects.toBeInstanceOf(ConfigurationError);
    expect(s.requests).toHaveLength(0);
  });

  it('refuses a dot segment hidden behind a backslash or a tab', async () => {
    const s = await server();
    for (const path of ['v1/users/..\\admin', 'a/.\t./b']) {
      await expect(keyedPipeline(s.url).request({ method: 'GET', path })).rejects.toThrow(
        /"\." or "\.\." segment/,
      );
    }
    expect(s.requests).toHaveLength(0);
  });

  it('reports a failing beforeAttempt as its own, unretried, with nothing sent', async () => {
    const s = await server();
    const error = await keyedPipeline(s.url, {
      beforeAttempt: () => {
        throw new TypeError('limiter bug');
      },
    })
      .request({ method: 'GET', path: 'x' })
      .catch((e: unknown) => e);
    expect(SdkError.is(error) && error.code).toBe('before_attempt_failed');
    expect(s.requests).toHaveLength(0);
  });

  it("keeps a failing credential provider's request config out of the cause", async () => {
    const providerError = Object.assign(new Error('Request failed with status code 401'), {
      config: { headers: { authorization: `Bearer ${FAKE_REFRESH}` } },
    });
    const pipeline = createPipeline<{ token: string }>({
      baseUrl: 'http://127.0.0.1:9',
      allowInsecureHttp: true,
      credentials: {
        getCredential: async () => {
          throw providerError;
        },
      },
      headers: (c) => ({ authorization: c.token }),
    });
    const error = await pipeline.request({ method: 'GET', path: 'x' }).catch((e: unknown) => e);
    expect(CredentialError.is(error)).toBe(true);
    expect(inspect(error, { depth: 10, showHidden: true })).not.toContain(FAKE_REFRESH);
    expect(inspect(error)).toContain('Request failed with status code 401');
  });

  it('leaves an error body whole when a short header value appears in it', async () => {
    const s = await server();
    s.enqueue({ status: 422, json: { status: 422, version: '2' } });
    const error = await keyedPipeline(s.url, { retry: 0 })
      .request({ method: 'GET', path: 'x', headers: { 'x-api-version': '2' } })
      .catch((e: unknown) => e);
    expect(ApiError.is(error) && error.body).toEqual({ status: 422, version: '2' });
  });
});

describe('ResponseContext.header()', () => {
  it('gives one header redacted like headers, and undefined when absent', async () => {
    const s = await server();
    s.enqueue({
      json: {},
      headers: { 'x-request-id': 'req-1', 'x-token-echo': 'fake-secret-value' },
    });
    const seen: Array<string | undefined> = [];
    await keyedPipeline(s.url, {
      mapError: (ctx) => {
        seen.push(ctx.header('X-Request-Id'), ctx.header('x-token-echo'), ctx.header('x-absent'));
        return undefined;
      },
    }).request({ method: 'GET', path: 'x' });
    expect(seen[0]).toBe('req-1');
    expect(seen[1]).not.toBe('fake-secret-value');
    expect(seen[2]).toBeUndefined();
  });
});
