import { describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  createPipeline,
  type PipelineOptions,
  Secret,
  staticCredential,
} from '../../src/index.js';
import { FAKE_KEY, keyedPipeline, server } from './helpers.js';

function configError(build: () => unknown): ConfigurationError {
  try {
    build();
  } catch (error) {
    if (ConfigurationError.is(error)) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('options are checked when the pipeline is built', () => {
  it.each([
    ['http://api.example.com', /must use https/],
    ['http://127.0.0.1:8080', /allowInsecureHttp: true/],
    ['ftp://example.com', /must use https/],
    ['not a url', /is not a URL/],
    ['https://example.com/?a=1', /must not have a query/],
    ['', /is missing/],
  ])('rejects baseUrl %j', (baseUrl, message) => {
    const error = configError(() => createPipeline({ baseUrl }));
    expect(error.option).toBe('baseUrl');
    expect(error.message).toMatch(message);
    expect(error.message.startsWith('[@core/auth] baseUrl')).toBe(true);
  });

  it('never echoes credentials embedded in a base URL', () => {
    const error = configError(() =>
      createPipeline({ baseUrl: `https://user:${FAKE_KEY}@api.example.com` }),
    );
    expect(error.message).toMatch(/user name or password/);
    expect(error.message).not.toContain(FAKE_KEY);
  });

  it('accepts http only on loopback with allowInsecureHttp', () => {
    for (const host of ['127.0.0.1:9', 'localhost:9', '[::1]:9']) {
      expect(() =>
        createPipeline({ baseUrl: `http://${host}`, allowInsecureHttp: true }),
      ).not.toThrow();
    }
    expect(() => createPipeline({ baseUrl: 'http://10.0.0.1', allowInsecureHttp: true })).toThrow(
      /must use https/,
    );
  });

  it.each([
    [{ timeoutMs: 0 }, 'timeoutMs'],
    [{ timeoutMs: 1.5 }, 'timeoutMs'],
    [{ deadlineMs: -1 }, 'deadlineMs'],
    [{ timeoutMs: Number.POSITIVE_INFINITY }, 'timeoutMs'],
    [{ retry: -1 }, 'retry.limit'],
    [{ retry: 11 }, 'retry.limit'],
    [{ retry: { baseDelayMs: Number.NaN } }, 'retry.baseDelayMs'],
    [{ retry: { statusCodes: [200] } }, 'retry.statusCodes'],
    [{ retry: 'often' }, 'retry'],
    [{ userAgent: 'a\nb' }, 'userAgent'],
    [{ fetch: 'fetch' }, 'fetch'],
  ])('rejects %j naming %s', (bad, option) => {
    const error = configError(() =>
      createPipeline({ baseUrl: 'https://api.example.com', ...(bad as object) }),
    );
    expect(error.option).toBe(option);
    expect(error.message).toContain(option);
  });

  it('requires credentials and a header builder together', () => {
    const options = {
      baseUrl: 'https://api.example.com',
      credentials: staticCredential({ key: Secret.from(FAKE_KEY) }),
    } as unknown as PipelineOptions<unknown>;
    expect(configError(() => createPipeline(options)).option).toBe('credentials');
  });
});

describe('each call is checked before any I/O', () => {
  it('rejects an absolute path that would send credentials elsewhere', async () => {
    const s = await server();
    const pipeline = keyedPipeline(s.url);
    for (const path of ['https://evil.example/steal', '//evil.example/x']) {
      await expect(pipeline.request({ method: 'GET', path })).rejects.toSatisfy((e) =>
        ConfigurationError.is(e),
      );
    }
    expect(s.requests).toHaveLength(0);
  });

  it('rejects a header value with a line break, naming the header and never the value', async () => {
    const s = await server();
    const pipeline = createPipeline<{ key: Secret }>({
      baseUrl: s.url,
      allowInsecureHttp: true,
      credentials: staticCredential({ key: Secret.from(`${FAKE_KEY}\n`) }),
      headers: (c) => ({ 'x-api-key': c.key.reveal() }),
    });
    const error = await pipeline.request({ method: 'GET', path: 'x' }).catch((e: unknown) => e);
    expect(ConfigurationError.is(error)).toBe(true);
    expect((error as Error).message).toContain('header x-api-key');
    expect((error as Error).message).not.toContain(FAKE_KEY);
    expect(s.requests).toHaveLength(0);
  });

  it('rejects a bad method, bad per-call timeouts, json with body, and unserialisable json', async () => {
    const s = await server();
    const pipeline = keyedPipeline(s.url);
    const bad: unknown[] = [
      { method: 'get', path: 'x' },
      { method: 'GET', path: 'x', timeoutMs: -5 },
      { method: 'POST', path: 'x', json: {}, body: 'x' },
      { method: 'POST', path: 'x', json: { n: 1n } },
      { method: 'GET', path: 'x', responseType: 'xml' },
    ];
    for (const request of bad) {
      await expect(pipeline.request(request as never)).rejects.toSatisfy((e) =>
        ConfigurationError.is(e),
      );
    }
    expect(s.requests).toHaveLength(0);
  });
});
