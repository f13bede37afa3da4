import { describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  ConfigurationError,
  errorForStatus,
  isSdkError,
  NotFoundError,
  RateLimitError,
  SdkError,
} from '../../src/index.js';

const init = {
  provider: '@acme/x',
  status: 404,
  request: { method: 'GET', url: 'https://a.example/x' as never },
};

describe('error classes', () => {
  it('prefix the message with the package and keep stable name and code', () => {
    const e = new NotFoundError('GET /x failed: no such thing. Check the id.', init);
    expect(e.message).toBe('[@acme/x] GET /x failed: no such thing. Check the id.');
    expect(e.name).toBe('NotFoundError');
    expect(e.code).toBe('not_found');
    expect(e).toBeInstanceOf(ApiError);
    expect(e.stack?.split('\n')[0]).toBe(
      'NotFoundError: [@acme/x] GET /x failed: no such thing. Check the id.',
    );
  });

  it('is() follows the hierarchy', () => {
    const e = new RateLimitError('slow down.', { ...init, status: 429, retryAfterMs: 5 });
    expect(RateLimitError.is(e)).toBe(true);
    expect(ApiError.is(e)).toBe(true);
    expect(SdkError.is(e)).toBe(true);
    expect(isSdkError(e)).toBe(true);
    expect(AuthenticationError.is(e)).toBe(false);
    expect(ConfigurationError.is(e)).toBe(false);
    expect(SdkError.is(new Error('x'))).toBe(false);
    expect(SdkError.is(null)).toBe(false);
  });

  it('is() recognises errors from a second copy of the package, where instanceof fails', async () => {
    vi.resetModules();
    // A query string makes Vite load a second, independent copy of the module graph.
    const secondCopy = '../../src/index.js?copy';
    const copy = (await import(
      /* @vite-ignore */ secondCopy
    )) as typeof import('../../src/index.js');
    const foreign = new copy.AuthenticationError('expired.', { ...init, status: 401 });
    expect(foreign instanceof AuthenticationError).toBe(false);
    expect(AuthenticationError.is(foreign)).toBe(true);
    expect(ApiError.is(foreign)).toBe(true);
    expect(isSdkError(foreign)).toBe(true);
    expect(NotFoundError.is(foreign)).toBe(false);
  });

  it('serialises to a compact, redacted JSON', () => {
    const e = new ApiError('boom.', {
      ...init,
      status: 418,
      requestId: 'r1',
      body: { a: 1 },
      headers: { 'x-a': 'b' },
    });
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      name: 'ApiError',
      message: '[@acme/x] boom.',
      code: 'api_error',
      provider: '@acme/x',
      status: 418,
      requestId: 'r1',
      request: { method: 'GET', url: 'https://a.example/x' },
      body: { a: 1 },
    });
  });
});

describe('errorForStatus', () => {
  it('treats a 401 as an expired credential unless told otherwise', () => {
    const init401 = { ...init, status: 401 };
    expect((errorForStatus(init401) as AuthenticationError).credentialExpired).toBe(true);
    expect(
      (errorForStatus({ ...init401, credentialExpired: false }) as AuthenticationError)
        .credentialExpired,
    ).toBe(false);
  });
});
