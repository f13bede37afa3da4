import { describe, expect, it } from 'vitest';
import { authHeaders, call, useStackServers } from './stack-helpers.js';

const start = useStackServers();
const MISSING_USER = '00000000-0000-4000-8000-000000000404';

describe('response wire format (research §1, §2)', () => {
  it('sends a known error as x-stack-known-error plus { code, error, details }', async () => {
    const stack = await start();
    const res = await call(stack, 'GET', `/users/${MISSING_USER}`, {
      headers: authHeaders(stack, 'server'),
    });
    expect(res.status).toBe(404);
    expect(res.headers.get('x-stack-known-error')).toBe('USER_NOT_FOUND');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    // The message is in `error`, not `message`; no `details` key when the code has none.
    expect(res.body).toEqual({ code: 'USER_NOT_FOUND', error: 'User not found.' });
  });

  it('puts x-stack-request-id and cache-control: no-store on every response', async () => {
    const stack = await start();
    const ok = await call(stack, 'GET', '/projects/current', {
      headers: authHeaders(stack, 'server'),
    });
    const failed = await call(stack, 'GET', '/projects/current', {
      headers: { 'x-stack-access-type': 'nope' },
    });
    const plain = await call(stack, 'GET', '/no-such-route');
    for (const res of [ok, failed, plain]) {
      expect(res.headers.get('x-stack-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
    expect(ok.headers.get('x-stack-request-id')).not.toBe(failed.headers.get('x-stack-request-id'));
  });

  it('sends plain errors as text/plain without the known-error header', async () => {
    const stack = await start();
    const notFound = await call(stack, 'GET', '/no-such-route');
    expect(notFound.status).toBe(404);
    expect(notFound.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(notFound.headers.get('x-stack-known-error')).toBeNull();
    const method = await call(stack, 'PUT', '/users', { headers: authHeaders(stack, 'server') });
    expect([method.status, method.text]).toEqual([405, 'Method not allowed']);
    const clientTeams = await call(stack, 'GET', '/teams', {
      headers: authHeaders(stack, 'client'),
    });
    expect(clientTeams.status).toBe(403);
    expect(clientTeams.text).toMatch(/^Client can only list teams for their own user/);
  });

  it('turns a 4xx into 200 + x-stack-actual-status with x-stack-override-error-status', async () => {
    const stack = await start();
    const headers = { ...authHeaders(stack, 'server'), 'x-stack-override-error-status': 'true' };
    const res = await call(stack, 'GET', `/users/${MISSING_USER}`, { headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-stack-actual-status')).toBe('404');
    expect(res.headers.get('x-stack-known-error')).toBe('USER_NOT_FOUND');
    const ok = await call(stack, 'GET', '/projects/current', { headers });
    expect(ok.headers.get('x-stack-actual-status')).toBeNull();
  });
});

describe('rate limits (research §1: 429 with Retry-After only sometimes)', () => {
  it('answers 429 { message } with and without Retry-After, then serves normally', async () => {
    const stack = await start();
    stack.rateLimit({ retryAfterSeconds: 2 });
    stack.rateLimit();
    const headers = authHeaders(stack, 'server');
    const first = await call(stack, 'GET', '/projects/current', { headers });
    const second = await call(stack, 'GET', '/projects/current', { headers });
    const third = await call(stack, 'GET', '/projects/current', { headers });
    expect([first.status, first.headers.get('retry-after')]).toEqual([429, '2']);
    expect(first.body.message).toEqual(expect.any(String));
    expect([second.status, second.headers.get('retry-after')]).toEqual([429, null]);
    expect(third.status).toBe(200);
    expect(stack.loopback.requests).toHaveLength(3);
  });

  it('lets faults be scripted through the loopback kit', async () => {
    const stack = await start();
    stack.loopback.enqueue({ status: 503, body: 'upstream down' });
    const res = await call(stack, 'GET', '/projects/current', {
      headers: authHeaders(stack, 'server'),
    });
    expect([res.status, res.text]).toEqual([503, 'upstream down']);
  });
});
