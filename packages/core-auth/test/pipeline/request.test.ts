import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ResponseValidationError } from '../../src/index.js';
import { FAKE_KEY, keyedPipeline, server } from './helpers.js';

describe('pipeline requests over loopback', () => {
  it('sends the credential headers, user agent and query, and parses JSON', async () => {
    const s = await server();
    s.enqueue({ json: { id: 'u1' } });
    const pipeline = keyedPipeline(`${s.url}/api/v1/`);
    const body = await pipeline.request({
      method: 'GET',
      path: '/users',
      searchParams: { limit: 2, skip: undefined, active: true },
    });
    expect(body).toEqual({ id: 'u1' });
    const [seen] = s.requests;
    expect(seen?.method).toBe('GET');
    expect(seen?.url).toBe('/api/v1/users?limit=2&active=true');
    expect(seen?.headers['x-api-key']).toBe(FAKE_KEY);
    expect(seen?.headers['user-agent']).toBe('@acme/test-client');
    expect(seen?.headers.accept).toBe('application/json');
  });

  it('serialises json bodies once and sends them as application/json', async () => {
    const s = await server();
    s.enqueue({ status: 201, json: { ok: true } });
    const pipeline = keyedPipeline(s.url);
    await pipeline.request({ method: 'POST', path: 'items', json: { name: 'a', n: 1 } });
    expect(s.requests[0]?.body).toBe('{"name":"a","n":1}');
    expect(s.requests[0]?.headers['content-type']).toBe('application/json');
  });

  it('lets per-request headers through and reads text bodies on request', async () => {
    const s = await server();
    s.enqueue({ body: 'Authentication: Server' });
    const pipeline = keyedPipeline(s.url);
    const text = await pipeline.request({
      method: 'GET',
      path: '',
      responseType: 'text',
      headers: { 'x-extra': 'yes' },
    });
    expect(text).toBe('Authentication: Server');
    expect(s.requests[0]?.headers['x-extra']).toBe('yes');
  });

  it('resolves an empty 204 to undefined', async () => {
    const s = await server();
    s.enqueue({ status: 204 });
    await expect(
      keyedPipeline(s.url).request({ method: 'DELETE', path: 'x/1' }),
    ).resolves.toBeUndefined();
  });

  it('validates with a schema and returns its output', async () => {
    const s = await server();
    s.enqueue({ json: { id: 'u1', created_at_millis: 0 } });
    const User = z.object({
      id: z.string(),
      created_at_millis: z.number().transform((n) => new Date(n)),
    });
    const user = await keyedPipeline(s.url).request({ method: 'GET', path: 'u', schema: User });
    expect(user.created_at_millis).toBeInstanceOf(Date);
  });

  it('throws ResponseValidationError with issues, not values, when the shape is wrong', async () => {
    const s = await server();
    s.enqueue({ json: { id: 42, secretish: 'do-not-show-this-value' } });
    const User = z.object({ id: z.string() });
    const error = await keyedPipeline(s.url)
      .request({ method: 'GET', path: 'u', schema: User })
      .catch((e: unknown) => e);
    expect(ResponseValidationError.is(error)).toBe(true);
    const e = error as ResponseValidationError;
    expect(e.issues[0]?.path).toEqual(['id']);
    expect(e.message).toContain('at id:');
    expect(e.message).not.toContain('do-not-show-this-value');
  });

  it('throws ResponseValidationError for a 200 that is not JSON (an HTML proxy page)', async () => {
    const s = await server();
    s.enqueue({
      body: '<!DOCTYPE html><title>Just a moment...</title>',
      headers: { 'content-type': 'text/html' },
    });
    const error = await keyedPipeline(s.url)
      .request({ method: 'GET', path: 'u' })
      .catch((e: unknown) => e);
    expect(ResponseValidationError.is(error)).toBe(true);
    expect((error as Error).message).toContain('is not JSON (content-type text/html)');
  });
});
