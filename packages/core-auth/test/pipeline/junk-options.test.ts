import { describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  createPipeline,
  type PipelineOptions,
  type PipelineRequest,
  Secret,
} from '../../src/index.js';
import { FAKE_KEY, server } from './helpers.js';

// Values a type forbids but JavaScript callers, parsed config and `as never` still send.
// Each used to crash with a TypeError (found by packages/reliability's hostile-input suite);
// now each is a ConfigurationError naming the option, thrown before any I/O.

async function rejection(run: () => unknown): Promise<ConfigurationError> {
  try {
    await run();
  } catch (error) {
    if (ConfigurationError.is(error)) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

const build = (url: string, extra: Record<string, unknown>) =>
  createPipeline({ baseUrl: url, allowInsecureHttp: true, ...extra } as PipelineOptions<never>);

describe('adapter options of the wrong type', () => {
  it.each([
    [{ provider: 5 }, 'provider', /provider must be a one-line, non-empty string.*got 5\./],
    [{ provider: 'x\ny' }, 'provider', /got "x\\ny"/],
    [{ requestIdHeader: 5 }, 'requestIdHeader', /must be a header name.*got 5\./],
    [{ requestIdHeader: 'x id' }, 'requestIdHeader', /got "x id"/],
    [{ safeHeaders: 'x' }, 'safeHeaders', /must be an array of header names.*got "x"/],
    [{ safeHeaders: ['ok', null] }, 'safeHeaders[1]', /got null/],
    [{ credentials: null, headers: () => ({}) }, 'credentials', /getCredential/],
    [{ credentials: { getCredential: async () => ({}) }, headers: {} }, 'headers', /function/],
    [{ timeoutMs: Object.create(null) }, 'timeoutMs', /got an object without a prototype/],
    [{ transport: Symbol('x') }, 'transport', /got a symbol/],
  ])('%o is a ConfigurationError on %s', async (extra, option, message) => {
    const error = await rejection(() => build('http://127.0.0.1:9', extra));
    expect(error.option).toBe(option);
    expect(error.message).toMatch(message);
  });

  it('accepts valid header names, whatever their case', async () => {
    const s = await server();
    s.setHandler(() => ({ status: 404, json: {}, headers: { 'X-Trace': 'trace-1' } }));
    const pipeline = build(s.url, {
      requestIdHeader: 'X-Trace',
      safeHeaders: ['X-Other'],
      retry: 0,
    });
    const error = await pipeline.request({ method: 'GET', path: '/x' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'NotFoundError', requestId: 'trace-1' });
  });
});

describe('request fields of the wrong type fail before any I/O', () => {
  const secret = Secret.from(FAKE_KEY);
  it.each([
    [{ schema: 1 }, 'schema', /must have a safeParse\(data\) method.*got 1\./],
    [{ schema: { parse: () => 1 } }, 'schema', /got an object/],
    [{ signal: {} }, 'signal', /must be an AbortSignal.*got an object\./],
    [{ signal: 'abort' }, 'signal', /got a string of 5 characters/],
    [{ searchParams: null }, 'searchParams', /must be an object such as \{ limit: 10 \}.*got null/],
    [{ searchParams: [['a', '1']] }, 'searchParams', /got an array of 1 items/],
    [{ searchParams: { a: Symbol('x') } }, 'searchParams', /value of "a".*got a symbol/],
    [{ searchParams: { token: secret } }, 'searchParams', /instance of Secret.*secret\.reveal\(\)/],
    [{ secrets: 0 }, 'secrets', /must be an array.*got 0\./],
    [{ secrets: ['fine', 7] }, 'secrets[1]', /must be a string or a Secret: got 7\./],
    [{ idempotent: 'false' }, 'idempotent', /must be true or false: got "false"/],
    [{ timeoutMs: Object.create(null) }, 'timeoutMs', /got an object without a prototype/],
    [{ deadlineMs: Symbol('x') }, 'deadlineMs', /got a symbol/],
    [{ method: Symbol('x') }, 'method', /got a symbol/],
    [{ responseType: Object.create(null) }, 'responseType', /got an object without a prototype/],
  ])('%o is a ConfigurationError on %s', async (fields, option, message) => {
    const s = await server();
    const pipeline = build(s.url, { retry: 0 });
    const error = await rejection(() =>
      pipeline.request({ method: 'GET', path: '/x', ...fields } as PipelineRequest<unknown>),
    );
    expect(error.option).toBe(option);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(FAKE_KEY);
    expect(s.requests).toHaveLength(0);
  });

  it('never quotes a string a caller put in a field that could hold a secret', async () => {
    const s = await server();
    const error = await rejection(() =>
      build(s.url, {}).request({ method: 'GET', path: '/x', secrets: [FAKE_KEY, 1] } as never),
    );
    expect(error.message).not.toContain(FAKE_KEY);
    const signalError = await rejection(() =>
      build(s.url, {}).request({ method: 'GET', path: '/x', signal: FAKE_KEY } as never),
    );
    expect(signalError.message).toContain(`a string of ${FAKE_KEY.length} characters`);
    expect(signalError.message).not.toContain(FAKE_KEY);
  });

  // Checked by shape, so a signal from another realm (jsdom, a polyfill) still works.
  it('accepts an AbortSignal-shaped object and honours its abort', async () => {
    const s = await server();
    s.setHandler(() => ({ json: { ok: true } }));
    const controller = new AbortController();
    const { signal } = controller;
    const foreign = {
      get aborted() {
        return signal.aborted;
      },
      get reason() {
        return signal.reason as unknown;
      },
      addEventListener: signal.addEventListener.bind(signal),
      removeEventListener: signal.removeEventListener.bind(signal),
    };
    const pipeline = build(s.url, { retry: 0 });
    const request = { method: 'GET', path: '/x', signal: foreign } as PipelineRequest<unknown>;
    await expect(pipeline.request(request)).resolves.toEqual({ ok: true });
    controller.abort();
    await expect(pipeline.request(request)).rejects.toMatchObject({ name: 'AbortError' });
  });
});
