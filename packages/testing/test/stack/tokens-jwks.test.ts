import { createLocalJWKSet, createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { call, firstUser, useStackServers } from './stack-helpers.js';

const start = useStackServers();

describe('ES256 access tokens and the JWKS (research §3)', () => {
  it('signs tokens that verify against the published JWKS with the exact iss and aud', async () => {
    const stack = await start();
    const token = await stack.signAccessToken(firstUser(stack));
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'ES256', kid: expect.any(String) });
    const jwks = createRemoteJWKSet(
      new URL(`${stack.url}/api/v1/projects/${stack.projectId}/.well-known/jwks.json`),
    );
    const { payload } = await jwtVerify(token, jwks, {
      algorithms: ['ES256'],
      issuer: `${stack.url}/api/v1/projects/${stack.projectId}`,
      audience: stack.projectId,
    });
    expect(payload).toMatchObject({
      sub: firstUser(stack),
      project_id: stack.projectId,
      branch_id: 'main',
      refresh_token_id: expect.any(String),
      role: 'authenticated',
      name: 'Seeded User 1',
      email: 'user1@example.test',
      email_verified: true,
      selected_team_id: stack.seededTeamId,
      signed_up_at: expect.any(Number),
      is_anonymous: false,
      is_restricted: false,
      restricted_reason: null,
      requires_totp_mfa: false,
    });
    // Research §3: a 10-minute default lifetime.
    expect(Number(payload.exp) - Number(payload.iat)).toBe(600);
  });

  it('uses the restricted and anonymous issuers, audiences and keys', async () => {
    const stack = await start();
    const jwksUrl = `${stack.url}/api/v1/projects/${stack.projectId}/.well-known/jwks.json`;
    const anonymous = await stack.signAccessToken(stack.createUser({ anonymous: true }).id);
    const restricted = await stack.signAccessToken(stack.createUser({ restricted: true }).id);

    const base = await (await fetch(jwksUrl)).json();
    const withRestricted = await (await fetch(`${jwksUrl}?include_restricted=true`)).json();
    const withAnonymous = await (
      await fetch(`${jwksUrl}?include_anonymous=true&include_restricted=false`)
    ).json();
    expect([base.keys.length, withRestricted.keys.length, withAnonymous.keys.length]).toEqual([
      1, 2, 3,
    ]);

    await expect(jwtVerify(restricted, createLocalJWKSet(base))).rejects.toThrow();
    await expect(
      jwtVerify(restricted, createLocalJWKSet(withRestricted), {
        issuer: `${stack.url}/api/v1/projects-restricted-users/${stack.projectId}`,
        audience: `${stack.projectId}:restricted`,
      }),
    ).resolves.toMatchObject({ payload: { is_restricted: true } });
    await expect(jwtVerify(anonymous, createLocalJWKSet(withRestricted))).rejects.toThrow();
    await expect(
      jwtVerify(anonymous, createLocalJWKSet(withAnonymous), {
        issuer: `${stack.url}/api/v1/projects-anonymous-users/${stack.projectId}`,
        audience: `${stack.projectId}:anon`,
      }),
    ).resolves.toMatchObject({
      payload: { is_anonymous: true, restricted_reason: { type: 'anonymous' } },
    });
  });

  it('serves the JWKS publicly with max-age=3600, and a plain 404 for another project', async () => {
    const stack = await start();
    const ok = await call(stack, 'GET', `/projects/${stack.projectId}/.well-known/jwks.json`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(ok.body.keys?.[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' });
    expect(ok.body.keys?.[0]?.d).toBeUndefined();
    const other = await call(
      stack,
      'GET',
      '/projects/00000000-0000-4000-8000-000000000bad/.well-known/jwks.json',
    );
    expect(other.status).toBe(404);
    expect(other.headers.get('x-stack-known-error')).toBeNull();
  });

  it('issues and checks tokens on the injected clock, with the configured lifetime', async () => {
    let now = Date.UTC(2030, 0, 1);
    const stack = await start({ clock: () => now, accessTokenLifetimeMs: 60_000 });
    const { accessToken } = await stack.createSession(firstUser(stack));
    const headers = {
      'x-stack-access-type': 'server',
      'x-stack-project-id': stack.projectId,
      'x-stack-secret-server-key': stack.keys.secretServerKey,
      'x-stack-access-token': accessToken,
    };
    expect((await call(stack, 'GET', '/users/me', { headers })).status).toBe(200);
    now += 61_000;
    const expired = await call(stack, 'GET', '/users/me', { headers });
    expect(expired.body).toMatchObject({
      code: 'ACCESS_TOKEN_EXPIRED',
      details: { expired_at_millis: Date.UTC(2030, 0, 1) + 60_000 },
    });
  });

  it('rejects a token signed by another server as unparsable', async () => {
    const stack = await start();
    const other = await start();
    const foreign = await other.signAccessToken(firstUser(other));
    const res = await call(stack, 'GET', '/users/me', {
      headers: {
        'x-stack-access-type': 'server',
        'x-stack-project-id': stack.projectId,
        'x-stack-secret-server-key': stack.keys.secretServerKey,
        'x-stack-access-token': foreign,
      },
    });
    expect(res.body.code).toBe('UNPARSABLE_ACCESS_TOKEN');
  });
});
