import { describe, expect, it } from 'vitest';
import { authHeaders, call, firstUser, useStackServers } from './stack-helpers.js';

const start = useStackServers();

describe('users (research §4)', () => {
  it('pages through users with limit and an inclusive cursor, oldest first', async () => {
    const stack = await start();
    const headers = authHeaders(stack, 'server');
    const first = await call(stack, 'GET', '/users?limit=2', { headers });
    expect(first.body.is_paginated).toBe(true);
    const ids = (page: typeof first) =>
      Object.values(page.body.items ?? {}).map((user) => String(user.id));
    expect(ids(first)).toEqual(stack.seededUserIds.slice(0, 2));
    expect(first.body.pagination?.next_cursor).toBe(stack.seededUserIds[2]);
    const second = await call(
      stack,
      'GET',
      `/users?limit=2&cursor=${String(first.body.pagination?.next_cursor)}`,
      { headers },
    );
    expect(ids(second)).toEqual(stack.seededUserIds.slice(2, 4));
    const last = await call(
      stack,
      'GET',
      `/users?limit=2&cursor=${String(second.body.pagination?.next_cursor)}`,
      { headers },
    );
    expect(ids(last)).toEqual(stack.seededUserIds.slice(4));
    expect(last.body.pagination?.next_cursor).toBeNull();
    const all = await call(stack, 'GET', '/users?desc=true&order_by=signed_up_at', { headers });
    expect(ids(all)).toEqual([...stack.seededUserIds].reverse());
  });

  it('filters by query, team and anonymity', async () => {
    const stack = await start();
    const headers = authHeaders(stack, 'server');
    const anonymous = stack.createUser({ anonymous: true }).id;
    const ids = async (query: string) =>
      Object.values(
        (await call(stack, 'GET', `/users?${query}`, { headers })).body.items ?? {},
      ).map((u) => String(u.id));
    expect(await ids('query=USER3@')).toEqual([stack.seededUserIds[2]]);
    expect(await ids(`team_id=${stack.seededTeamId}`)).toEqual(stack.seededUserIds.slice(0, 2));
    expect(await ids('')).not.toContain(anonymous);
    expect(await ids('only_anonymous=true')).toEqual([anonymous]);
  });

  it('creates (201), reads, updates and deletes users', async () => {
    const stack = await start();
    const headers = authHeaders(stack, 'server');
    const created = await call(stack, 'POST', '/users', {
      headers,
      json: {
        primary_email: 'new@example.test',
        primary_email_auth_enabled: true,
        display_name: 'New',
        server_metadata: { plan: 'pro' },
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      primary_email: 'new@example.test',
      display_name: 'New',
      server_metadata: { plan: 'pro' },
    });
    const id = String(created.body.id);
    const patched = await call(stack, 'PATCH', `/users/${id}`, {
      headers,
      json: { display_name: 'Renamed' },
    });
    expect(patched.body.display_name).toBe('Renamed');
    expect((await call(stack, 'DELETE', `/users/${id}`, { headers })).body).toEqual({
      success: true,
    });
    const gone = await call(stack, 'GET', `/users/${id}`, { headers });
    expect([gone.status, gone.body.code]).toEqual([404, 'USER_NOT_FOUND']);
  });

  it('refuses a sign-in email that another user has: USER_EMAIL_ALREADY_EXISTS', async () => {
    const stack = await start();
    const res = await call(stack, 'POST', '/users', {
      headers: authHeaders(stack, 'server'),
      json: { primary_email: 'user1@example.test', primary_email_auth_enabled: true },
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'USER_EMAIL_ALREADY_EXISTS',
      details: { email: 'user1@example.test' },
    });
  });

  it('answers /users/me from the token, and CANNOT_GET_OWN_USER_WITHOUT_USER without one', async () => {
    const stack = await start();
    const token = await stack.signAccessToken(firstUser(stack));
    const me = await call(stack, 'GET', '/users/me', {
      headers: authHeaders(stack, 'client', token),
    });
    expect(me.body).toMatchObject({ id: firstUser(stack), primary_email: 'user1@example.test' });
    expect(me.body.server_metadata).toBeUndefined();
    const serverMe = await call(stack, 'GET', '/users/me', {
      headers: authHeaders(stack, 'server', token),
    });
    expect(serverMe.body.server_metadata).toBeNull();
    const none = await call(stack, 'GET', '/users/me', { headers: authHeaders(stack, 'client') });
    expect([none.status, none.body.code]).toEqual([400, 'CANNOT_GET_OWN_USER_WITHOUT_USER']);
    const serverMeNone = await call(stack, 'GET', '/users/me', {
      headers: authHeaders(stack, 'server'),
    });
    expect(serverMeNone.body.code).toBe('CANNOT_GET_OWN_USER_WITHOUT_USER');
  });

  it('lets a client update only the client fields of its own user', async () => {
    const stack = await start();
    const headers = authHeaders(stack, 'client', await stack.signAccessToken(firstUser(stack)));
    const ok = await call(stack, 'PATCH', '/users/me', {
      headers,
      json: { display_name: 'Me', client_metadata: { a: 1 } },
    });
    expect(ok.body).toMatchObject({ display_name: 'Me', client_metadata: { a: 1 } });
    const denied = await call(stack, 'PATCH', '/users/me', {
      headers,
      json: { server_metadata: { admin: true } },
    });
    expect(denied.body.code).toBe('SCHEMA_ERROR');
    const notUuid = await call(stack, 'GET', '/users/not-a-uuid', {
      headers: authHeaders(stack, 'server'),
    });
    expect(notUuid.body.code).toBe('SCHEMA_ERROR');
  });
});
