import { describe, expect, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  SdkError,
  ServerError,
} from '../../src/index.js';
import { keyedPipeline, server } from './helpers.js';

describe('errors by status', () => {
  it.each([
    [400, BadRequestError, 'bad_request'],
    [422, BadRequestError, 'bad_request'],
    [401, AuthenticationError, 'authentication_failed'],
    [403, PermissionDeniedError, 'permission_denied'],
    [404, NotFoundError, 'not_found'],
    [409, ConflictError, 'conflict'],
    [418, ApiError, 'api_error'],
    [501, ServerError, 'server_error'],
  ] as const)('maps %i to %s', async (status, ErrorClass, code) => {
    const s = await server();
    s.enqueue({ status, json: { error: 'nope' }, headers: { 'x-request-id': 'req_123' } });
    const error = await keyedPipeline(s.url, { retry: 0 })
      .request({ method: 'GET', path: 'thing' })
      .catch((e: unknown) => e);
    expect(ErrorClass.is(error)).toBe(true);
    expect(SdkError.is(error)).toBe(true);
    const e = error as ApiError;
    expect(e.status).toBe(status);
    expect(e.code).toBe(code);
    expect(e.requestId).toBe('req_123');
    expect(e.body).toEqual({ error: 'nope' });
    expect(e.request).toEqual({ method: 'GET', url: `${s.url}/thing` });
    expect(e.message).toMatch(
      /^\[@acme\/test-client\] GET http:\/\/127\.0\.0\.1:\d+\/thing failed with HTTP \d+: .+\.$/,
    );
  });

  it('reads the request id from the configured header', async () => {
    const s = await server();
    s.enqueue({ status: 404, headers: { 'x-stack-request-id': 'stack_req_9' } });
    const error = await keyedPipeline(s.url, { requestIdHeader: 'X-Stack-Request-Id' })
      .request({ method: 'GET', path: 'x' })
      .catch((e: unknown) => e);
    expect((error as ApiError).requestId).toBe('stack_req_9');
  });

  it('gives 429 a RateLimitError with retryAfterMs', async () => {
    const s = await server();
    s.enqueue({ status: 429, retryAfter: 7 });
    const error = await keyedPipeline(s.url, { retry: 0 })
      .request({ method: 'GET', path: 'x' })
      .catch((e: unknown) => e);
    expect(RateLimitError.is(error)).toBe(true);
    expect((error as RateLimitError).retryAfterMs).toBe(7_000);
  });

  it('cuts a long error body to 2 KB and says how much was left out', async () => {
    const s = await server();
    s.enqueue({ status: 500, body: 'x'.repeat(10_000) });
    const error = (await keyedPipeline(s.url, { retry: 0 })
      .request({ method: 'GET', path: 'x' })
      .catch((e: unknown) => e)) as ApiError;
    expect(typeof error.body).toBe('string');
    expect((error.body as string).length).toBeLessThan(2_100);
    expect(error.body).toContain('[7952 more characters]');
  });

  it('keeps response headers off the enumerable fields', async () => {
    const s = await server();
    s.enqueue({ status: 404, headers: { 'x-request-id': 'r1' } });
    const error = (await keyedPipeline(s.url)
      .request({ method: 'GET', path: 'x' })
      .catch((e: unknown) => e)) as ApiError;
    expect(error.headers['x-request-id']).toBe('r1');
    expect(Object.keys(error)).not.toContain('headers');
    expect(JSON.stringify(error)).not.toContain('"headers"');
  });
});
