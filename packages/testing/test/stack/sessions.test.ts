import { describe, expect, it } from 'vitest';
import { authHeaders, call, firstUser, useStackServers } from './stack-helpers.js';

const start = useStackServers();

describe('refresh and sign-out (research §3)', () => {
  it('refreshes with x-stack-refresh-token alone, without rotating it', async () => {
    const stack = await start();
    const { refreshToken } = await stack.createSession(firstUser(stack));
    const headers = { ...authHeaders(stack, 'client'), 'x-stack-refresh-token': refreshToken };
    const first = await call(stack, 'POST', '/auth/sessions/current/refresh', { headers });
    const second = await call(stack, 'POST', '/auth/sessions/current/refresh', { headers });
    expect(first.status).toBe(200);
    expect(Object.keys(first.body)).toEqual(['access_token']);
    expect(second.status).toBe(200);
    expect(stack.stats.refreshes).toBe(2);
    const me = await call(stack, 'GET', '/users/me', {
      headers: authHeaders(stack, 'client', String(first.body.access_token)),
    });
    expect(me.body.id).toBe(firstUser(stack));
  });

  it('fails first on an expired access token sent along, as the real server does', async () => {
    const stack = await start();
    const { refreshToken } = await stack.createSession(firstUser(stack), {
      accessTokenExpiresInMs: -1_000,
    });
    const stale = await stack.signAccessToken(firstUser(stack), { expiresInMs: -1_000 });
    const res = await call(stack, 'POST', '/auth/sessions/current/refresh', {
      headers: { ...authHeaders(stack, 'client', stale), 'x-stack-refresh-token': refreshToken },
    });
    expect(res.body.code).toBe('ACCESS_TOKEN_EXPIRED');
    expect(stack.stats.refreshes).toBe(0);
  });

  it('answers REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED for unknown, signed-out and deleted-user sessions', async () => {
    const stack = await start();
    const refresh = (token: string) =>
      call(stack, 'POST', '/auth/sessions/current/refresh', {
        headers: { ...authHeaders(stack, 'client'), 'x-stack-refresh-token': token },
      });
    const unknown = await refresh('fake-refresh-token');
    expect([unknown.status, unknown.body.code]).toEqual([
      401,
      'REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED',
    ]);

    const session = await stack.createSession(firstUser(stack));
    const signOut = await call(stack, 'DELETE', '/auth/sessions/current', {
      headers: authHeaders(stack, 'client', session.accessToken),
    });
    expect(signOut.body).toEqual({ success: true });
    expect((await refresh(session.refreshToken)).body.code).toBe(
      'REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED',
    );

    const doomed = stack.createUser({ email: 'doomed@example.test' });
    const doomedSession = await stack.createSession(doomed.id);
    await call(stack, 'DELETE', `/users/${doomed.id}`, { headers: authHeaders(stack, 'server') });
    expect((await refresh(doomedSession.refreshToken)).body.code).toBe(
      'REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED',
    );
  });

  it('needs the refresh token header', async () => {
    const stack = await start();
    const res = await call(stack, 'POST', '/auth/sessions/current/refresh', {
      headers: authHeaders(stack, 'client'),
    });
    expect(res.body.code).toBe('SCHEMA_ERROR');
  });
});

describe('sessions (research §4)', () => {
  it('creates, lists and revokes sessions; impersonation only shows to admin', async () => {
    const stack = await start();
    const userId = firstUser(stack);
    const created = await call(stack, 'POST', '/auth/sessions', {
      headers: authHeaders(stack, 'server'),
      json: { user_id: userId, expires_in_millis: 60_000 },
    });
    expect(created.status).toBe(200);
    expect(created.body).toEqual({
      refresh_token: expect.any(String),
      access_token: expect.any(String),
    });
    await call(stack, 'POST', '/auth/sessions', {
      headers: authHeaders(stack, 'server'),
      json: { user_id: userId, is_impersonation: true },
    });

    const asUser = authHeaders(stack, 'client', String(created.body.access_token));
    const listed = await call(stack, 'GET', '/auth/sessions?user_id=me', { headers: asUser });
    expect(listed.body.is_paginated).toBe(false);
    expect(listed.body.items).toEqual([
      expect.objectContaining({
        user_id: userId,
        is_current_session: true,
        is_impersonation: false,
      }),
    ]);
    const asAdmin = await call(stack, 'GET', `/auth/sessions?user_id=${userId}`, {
      headers: authHeaders(stack, 'admin'),
    });
    expect(Object.keys(asAdmin.body.items ?? {})).toHaveLength(2);

    const current = String(listed.body.items?.[0]?.id);
    const own = await call(stack, 'DELETE', `/auth/sessions/${current}?user_id=me`, {
      headers: asUser,
    });
    expect([own.status, own.body.code]).toEqual([400, 'CANNOT_DELETE_CURRENT_SESSION']);
    const byServer = await call(stack, 'DELETE', `/auth/sessions/${current}?user_id=${userId}`, {
      headers: authHeaders(stack, 'server'),
    });
    expect(byServer.body).toEqual({ success: true });
    const again = await call(stack, 'DELETE', `/auth/sessions/${current}?user_id=${userId}`, {
      headers: authHeaders(stack, 'server'),
    });
    expect([again.status, again.text]).toEqual([404, 'Session not found.']);
  });

  it('answers USER_ID_DOES_NOT_EXIST for an unknown user', async () => {
    const stack = await start();
    const missing = '00000000-0000-4000-8000-000000000404';
    const res = await call(stack, 'POST', '/auth/sessions', {
      headers: authHeaders(stack, 'server'),
      json: { user_id: missing },
    });
    expect(res.body).toMatchObject({
      code: 'USER_ID_DOES_NOT_EXIST',
      details: { user_id: missing },
    });
    expect(res.status).toBe(400);
  });
});
