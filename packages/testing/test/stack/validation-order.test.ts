import { describe, expect, it } from 'vitest';
import { authHeaders, call, firstUser, useStackServers } from './stack-helpers.js';

const start = useStackServers();

describe('parseAuth validation order (research §1)', () => {
  it('rejects a key without an access type, before anything else', async () => {
    const stack = await start();
    const res = await call(stack, 'GET', '/projects/current', {
      headers: { 'x-stack-secret-server-key': 'ssk_wrong_fake', 'x-stack-access-type': '' },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('PROJECT_KEY_WITHOUT_ACCESS_TYPE');
  });

  it('rejects an unknown access type, then a missing project id', async () => {
    const stack = await start();
    const bad = await call(stack, 'GET', '/projects/current', {
      headers: { 'x-stack-access-type': 'root' },
    });
    expect(bad.body.code).toBe('INVALID_ACCESS_TYPE');
    const noProject = await call(stack, 'GET', '/projects/current', {
      headers: {
        'x-stack-access-type': 'server',
        'x-stack-secret-server-key': stack.keys.secretServerKey,
      },
    });
    expect([noProject.status, noProject.body.code]).toEqual([
      400,
      'ACCESS_TYPE_WITHOUT_PROJECT_ID',
    ]);
  });

  it('ignores the legacy x-stack-request-type header', async () => {
    const stack = await start();
    const res = await call(stack, 'GET', '/projects/current', {
      headers: {
        'x-stack-request-type': 'server',
        'x-stack-project-id': stack.projectId,
        'x-stack-secret-server-key': stack.keys.secretServerKey,
      },
    });
    expect(res.body.code).toBe('PROJECT_KEY_WITHOUT_ACCESS_TYPE');
  });

  it('checks the access token before the project and the key', async () => {
    const stack = await start();
    const unparsable = await call(stack, 'GET', '/projects/current', {
      headers: {
        ...authHeaders(stack, 'server'),
        'x-stack-secret-server-key': 'ssk_wrong_fake',
        'x-stack-access-token': 'not-a-jwt',
      },
    });
    expect([unparsable.status, unparsable.body.code]).toEqual([401, 'UNPARSABLE_ACCESS_TOKEN']);

    const expired = await stack.signAccessToken(firstUser(stack), { expiresInMs: -60_000 });
    const res = await call(stack, 'GET', '/projects/current', {
      headers: {
        ...authHeaders(stack, 'server', expired),
        'x-stack-project-id': 'not-this-project',
      },
    });
    expect([res.status, res.body.code]).toEqual([401, 'ACCESS_TOKEN_EXPIRED']);
    expect(res.body.details).toMatchObject({
      project_id: stack.projectId,
      user_id: firstUser(stack),
      refresh_token_id: expect.any(String),
      expired_at_millis: expect.any(Number),
    });
  });

  it('sends INVALID_PROJECT_FOR_ACCESS_TOKEN before CURRENT_PROJECT_NOT_FOUND', async () => {
    const stack = await start();
    const token = await stack.signAccessToken(firstUser(stack));
    const otherProject = '00000000-0000-4000-8000-0000000fa4e2';
    const res = await call(stack, 'GET', '/projects/current', {
      headers: { ...authHeaders(stack, 'client', token), 'x-stack-project-id': otherProject },
    });
    expect(res.body).toMatchObject({
      code: 'INVALID_PROJECT_FOR_ACCESS_TOKEN',
      details: { expected_project_id: otherProject, actual_project_id: stack.projectId },
    });
    const noToken = await call(stack, 'GET', '/projects/current', {
      headers: { ...authHeaders(stack, 'client'), 'x-stack-project-id': otherProject },
    });
    expect([noToken.status, noToken.body.code]).toEqual([400, 'CURRENT_PROJECT_NOT_FOUND']);
  });

  it('refuses anonymous and restricted users unless the allow headers say so', async () => {
    const stack = await start();
    const anonymous = await stack.signAccessToken(stack.createUser({ anonymous: true }).id);
    const restricted = await stack.signAccessToken(
      stack.createUser({ email: 'r@example.test', restricted: true }).id,
    );
    const headers = (token: string, extra: Record<string, string> = {}) => ({
      ...authHeaders(stack, 'client', token),
      ...extra,
    });

    const anon = await call(stack, 'GET', '/users/me', { headers: headers(anonymous) });
    expect([anon.status, anon.body.code]).toEqual([401, 'ANONYMOUS_AUTHENTICATION_NOT_ALLOWED']);
    const anonOk = await call(stack, 'GET', '/users/me', {
      headers: headers(anonymous, { 'x-stack-allow-anonymous-user': 'true' }),
    });
    expect([anonOk.status, anonOk.body.is_anonymous]).toEqual([200, true]);

    const restr = await call(stack, 'GET', '/users/me', { headers: headers(restricted) });
    expect([restr.status, restr.body.code]).toEqual([403, 'RESTRICTED_USER_NOT_ALLOWED']);
    expect(restr.body.details).toEqual({
      restricted_reason: { type: 'restricted_by_administrator' },
    });
    // Research §1: allowing anonymous users also allows restricted ones.
    for (const allow of ['x-stack-allow-restricted-user', 'x-stack-allow-anonymous-user']) {
      const ok = await call(stack, 'GET', '/users/me', {
        headers: headers(restricted, { [allow]: 'true' }),
      });
      expect(ok.body.is_restricted).toBe(true);
    }
  });

  it('checks only the key of the access type, with the real codes', async () => {
    const stack = await start();
    const cases: Array<[Record<string, string>, number, string]> = [
      [{ 'x-stack-access-type': 'client' }, 401, 'PUBLISHABLE_CLIENT_KEY_REQUIRED_FOR_PROJECT'],
      [
        { 'x-stack-access-type': 'client', 'x-stack-publishable-client-key': 'pck_wrong_fake' },
        401,
        'INVALID_PUBLISHABLE_CLIENT_KEY',
      ],
      [
        {
          'x-stack-access-type': 'server',
          'x-stack-publishable-client-key': stack.keys.publishableClientKey,
        },
        401,
        'SERVER_AUTHENTICATION_REQUIRED',
      ],
      [
        { 'x-stack-access-type': 'server', 'x-stack-secret-server-key': 'ssk_wrong_fake' },
        401,
        'INVALID_SECRET_SERVER_KEY',
      ],
      [
        { 'x-stack-access-type': 'admin', 'x-stack-secret-server-key': stack.keys.secretServerKey },
        401,
        'ADMIN_AUTHENTICATION_REQUIRED',
      ],
      [
        { 'x-stack-access-type': 'admin', 'x-stack-super-secret-admin-key': 'sak_wrong_fake' },
        401,
        'INVALID_SUPER_SECRET_ADMIN_KEY',
      ],
      [
        { ...authHeaders(stack, 'server'), 'x-stack-branch-id': 'dev' },
        400,
        'BRANCH_DOES_NOT_EXIST',
      ],
    ];
    for (const [headers, status, code] of cases) {
      const res = await call(stack, 'GET', '/projects/current', {
        headers: { 'x-stack-project-id': stack.projectId, ...headers },
      });
      expect([res.status, res.body.code], code).toEqual([status, code]);
    }
    const wrong = await call(stack, 'GET', '/projects/current', {
      headers: { ...authHeaders(stack, 'server'), 'x-stack-secret-server-key': 'ssk_wrong_fake' },
    });
    expect(wrong.body.details).toEqual({ project_id: stack.projectId });
  });

  it('rejects admin access tokens (no internal project here) and the dev override key', async () => {
    const stack = await start();
    const base = { 'x-stack-access-type': 'admin', 'x-stack-project-id': stack.projectId };
    const valid = await stack.signAccessToken(firstUser(stack));
    const expired = await stack.signAccessToken(firstUser(stack), { expiresInMs: -5_000 });
    const cases: Array<[string, string]> = [
      ['garbage', 'UNPARSABLE_ADMIN_ACCESS_TOKEN'],
      [valid, 'ADMIN_ACCESS_TOKEN_IS_NOT_ADMIN'],
      [expired, 'ADMIN_ACCESS_TOKEN_EXPIRED'],
    ];
    for (const [token, code] of cases) {
      const res = await call(stack, 'GET', '/projects/current', {
        headers: { ...base, 'x-stack-admin-access-token': token },
      });
      expect([res.status, res.body.code], code).toEqual([401, code]);
    }
    const dev = await call(stack, 'GET', '/projects/current', {
      headers: { ...authHeaders(stack, 'server'), 'x-stack-development-override-key': 'fake' },
    });
    expect([dev.status, dev.headers.get('x-stack-known-error')]).toEqual([401, null]);
  });

  it('lets keyless client access through when the project allows it', async () => {
    const stack = await start({ requirePublishableClientKey: false });
    const res = await call(stack, 'GET', '/projects/current', {
      headers: { 'x-stack-access-type': 'client', 'x-stack-project-id': stack.projectId },
    });
    expect([res.status, res.body.id]).toEqual([200, stack.projectId]);
  });

  it('then asks the route: ACCESS_TYPE_REQUIRED, INSUFFICIENT_ACCESS_TYPE, SCHEMA_ERROR', async () => {
    const stack = await start();
    const none = await call(stack, 'GET', '/users');
    expect([none.status, none.body.code]).toEqual([400, 'ACCESS_TYPE_REQUIRED']);
    const client = await call(stack, 'GET', '/users?bogus=1', {
      headers: authHeaders(stack, 'client'),
    });
    expect([client.status, client.body.code]).toEqual([401, 'INSUFFICIENT_ACCESS_TYPE']);
    expect(client.body.details).toEqual({
      actual_access_type: 'client',
      allowed_access_types: ['server', 'admin'],
    });
    const schema = await call(stack, 'GET', '/users?bogus=1', {
      headers: authHeaders(stack, 'server'),
    });
    expect([schema.status, schema.body.code]).toEqual([400, 'SCHEMA_ERROR']);
    expect(String(schema.body.details?.message)).toContain(
      'query contains unknown properties: bogus',
    );
  });

  it('rejects unknown query keys even on GET /api/v1, and unknown body keys', async () => {
    const stack = await start();
    const root = await call(stack, 'GET', '?extra=param');
    expect(root.body.code).toBe('SCHEMA_ERROR');
    const body = await call(stack, 'POST', '/users', {
      headers: authHeaders(stack, 'server'),
      json: { display_name: 'x', nickname: 'y' },
    });
    expect(body.body).toMatchObject({
      code: 'SCHEMA_ERROR',
      details: { message: expect.stringContaining('nickname') },
    });
    expect(body.body.error).toBe(body.body.details?.message);
  });

  it('answers BODY_PARSING_ERROR for bad JSON and unknown content types', async () => {
    const stack = await start();
    const badJson = await call(stack, 'POST', '/users', {
      headers: { ...authHeaders(stack, 'server'), 'content-type': 'application/json' },
      body: '{not json',
    });
    expect([badJson.status, badJson.body.code]).toEqual([400, 'BODY_PARSING_ERROR']);
    const xml = await call(stack, 'POST', '/users', {
      headers: { ...authHeaders(stack, 'server'), 'content-type': 'application/xml' },
      body: '<user/>',
    });
    expect(xml.body.code).toBe('BODY_PARSING_ERROR');
  });

  it('parses the body before the auth headers: bad JSON with a wrong key is BODY_PARSING_ERROR', async () => {
    const stack = await start();
    const res = await call(stack, 'POST', '/users', {
      headers: {
        ...authHeaders(stack, 'server'),
        'x-stack-secret-server-key': 'ssk_wrong_fake',
        'content-type': 'application/json',
      },
      body: '{not json',
    });
    expect([res.status, res.body.code]).toEqual([400, 'BODY_PARSING_ERROR']);
    // The same wrong key with a good body fails on the key.
    const good = await call(stack, 'POST', '/users', {
      headers: {
        ...authHeaders(stack, 'server'),
        'x-stack-secret-server-key': 'ssk_wrong_fake',
        'content-type': 'application/json',
      },
      body: '{}',
    });
    expect(good.body.code).toBe('INVALID_SECRET_SERVER_KEY');
  });

  it('reports the caller on GET /api/v1 as text', async () => {
    const stack = await start();
    const anonymous = await call(stack, 'GET', '');
    expect(anonymous.text).toContain('Authentication: None');
    const token = await stack.signAccessToken(firstUser(stack));
    const server = await call(stack, 'GET', '', { headers: authHeaders(stack, 'server', token) });
    expect(server.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(server.text).toMatch(
      /Authentication: Server[\s\S]*Project: .*[\s\S]*User: user1@example\.test/,
    );
  });
});
