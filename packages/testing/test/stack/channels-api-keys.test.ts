import { describe, expect, it } from 'vitest';
import { authHeaders, call, firstUser, useStackServers } from './stack-helpers.js';

const start = useStackServers();

describe('contact channels (research §4)', () => {
  it('creates, lists, updates and deletes a channel', async () => {
    const stack = await start();
    const headers = authHeaders(stack, 'client', await stack.signAccessToken(firstUser(stack)));
    const created = await call(stack, 'POST', '/contact-channels', {
      headers,
      json: { user_id: 'me', value: 'second@example.test', type: 'email', used_for_auth: false },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      user_id: firstUser(stack),
      is_primary: false,
      is_verified: false,
    });
    const id = String(created.body.id);
    const listed = await call(stack, 'GET', '/contact-channels?user_id=me', { headers });
    expect(Object.values(listed.body.items ?? {}).map((c) => String(c.value))).toEqual([
      'user1@example.test',
      'second@example.test',
    ]);
    const patched = await call(stack, 'PATCH', `/contact-channels/me/${id}`, {
      headers,
      json: { is_primary: true },
    });
    expect(patched.body.is_primary).toBe(true);
    const verify = await call(stack, 'PATCH', `/contact-channels/me/${id}`, {
      headers,
      json: { is_verified: true },
    });
    expect(verify.body.code).toBe('SCHEMA_ERROR');
    expect((await call(stack, 'DELETE', `/contact-channels/me/${id}`, { headers })).body).toEqual({
      success: true,
    });
    const gone = await call(stack, 'GET', `/contact-channels/me/${id}`, { headers });
    expect([gone.status, gone.body.code]).toEqual([404, 'CONTACT_CHANNEL_NOT_FOUND']);
  });

  it('refuses an auth email another user signs in with', async () => {
    const stack = await start();
    const res = await call(stack, 'POST', '/contact-channels', {
      headers: authHeaders(stack, 'server'),
      json: {
        user_id: stack.seededUserIds[1],
        value: 'user1@example.test',
        type: 'email',
        used_for_auth: true,
      },
    });
    expect([res.status, res.body.code]).toEqual([
      409,
      'CONTACT_CHANNEL_ALREADY_USED_FOR_AUTH_BY_SOMEONE_ELSE',
    ]);
  });
});

describe('API keys (research §4)', () => {
  it('shows the value once, then only last_four; check passes until revoked', async () => {
    const stack = await start();
    const server = authHeaders(stack, 'server');
    const client = authHeaders(stack, 'client', await stack.signAccessToken(firstUser(stack)));
    const created = await call(stack, 'POST', '/user-api-keys', {
      headers: client,
      json: { user_id: 'me', description: 'ci', expires_at_millis: null },
    });
    expect(created.status).toBe(200);
    const value = String(created.body.value);
    expect(value).toMatch(/^sk_/);
    const listed = await call(stack, 'GET', '/user-api-keys?user_id=me', { headers: client });
    expect(listed.body.items?.[0]?.value).toEqual({ last_four: value.slice(-4) });

    const check = (apiKey: string, kind = 'user') =>
      call(stack, 'POST', `/${kind}-api-keys/check`, {
        headers: server,
        json: { api_key: apiKey },
      });
    const ok = await check(value);
    expect([ok.status, ok.body.id, ok.body.user_id]).toEqual([
      200,
      created.body.id,
      firstUser(stack),
    ]);
    const wrongType = await check(value, 'team');
    expect(wrongType.body).toMatchObject({
      code: 'WRONG_API_KEY_TYPE',
      details: { expected_type: 'team', actual_type: 'user' },
    });
    expect((await check('sk_fake_unknown')).body.code).toBe('API_KEY_NOT_FOUND');

    const revoked = await call(stack, 'PATCH', `/user-api-keys/${String(created.body.id)}`, {
      headers: client,
      json: { revoked: true },
    });
    expect(revoked.body.manually_revoked_at_millis).toEqual(expect.any(Number));
    const afterRevoke = await check(value);
    expect([afterRevoke.status, afterRevoke.body.code]).toEqual([401, 'API_KEY_REVOKED']);
  });

  it('expires keys on the server clock and needs server access to check', async () => {
    let now = Date.UTC(2030, 0, 1);
    const stack = await start({ clock: () => now });
    const server = authHeaders(stack, 'server');
    const created = await call(stack, 'POST', '/team-api-keys', {
      headers: server,
      json: {
        team_id: stack.seededTeamId,
        description: 'bot',
        expires_at_millis: now + 1_000,
        is_public: false,
      },
    });
    const value = String(created.body.value);
    expect(created.body.team_id).toBe(stack.seededTeamId);
    const check = () =>
      call(stack, 'POST', '/team-api-keys/check', { headers: server, json: { api_key: value } });
    expect((await check()).status).toBe(200);
    now += 1_000;
    expect((await check()).body.code).toBe('API_KEY_EXPIRED');
    const byClient = await call(stack, 'POST', '/team-api-keys/check', {
      headers: authHeaders(stack, 'client'),
      json: { api_key: value },
    });
    expect(byClient.body.code).toBe('INSUFFICIENT_ACCESS_TYPE');
    const missingExpiry = await call(stack, 'POST', '/team-api-keys', {
      headers: server,
      json: { team_id: stack.seededTeamId, description: 'bot' },
    });
    expect(missingExpiry.body.code).toBe('SCHEMA_ERROR');
  });
});
