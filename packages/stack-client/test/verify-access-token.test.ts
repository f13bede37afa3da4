import { startLoopbackServer } from '@acme/testing';
import { AuthenticationError, NetworkError } from '@core/auth';
import { decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { AccessTokenVerificationError, createStackServerClient } from '../src/index.js';
import { FAKE_PROJECT_ID, FAKE_SSK } from './fixtures.js';
import { firstUser, localStack } from './local-stack.js';

async function rejection(call: Promise<unknown>): Promise<AccessTokenVerificationError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!AccessTokenVerificationError.is(error))
    throw new Error(`expected a rejection, got ${String(error)}`);
  return error;
}

describe('verifyAccessToken against the local server JWKS (research §3)', () => {
  it('accepts a normal user token and returns typed claims', async () => {
    await using local = await localStack();
    const { stack, server } = local;
    const userId = firstUser(stack);
    const token = await stack.signAccessToken(userId);
    const claims = await server.verifyAccessToken(token);
    expect(claims.userId).toBe(userId);
    expect(claims.projectId).toBe(stack.projectId);
    expect(claims.userType).toBe('normal');
    expect(claims.email).toBe('user1@example.test');
    expect(claims.expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(claims.raw.iss).toBe(`${stack.url}/api/v1/projects/${stack.projectId}`);
    const jwks = stack.loopback.requests.map((r) => r.url);
    expect(jwks).toEqual([
      `/api/v1/projects/${stack.projectId}/.well-known/jwks.json?include_restricted=false&include_anonymous=false`,
    ]);
    // The key set is cached per client: a second token needs no fetch.
    await server.verifyAccessToken(await stack.signAccessToken(userId));
    expect(stack.loopback.requests).toHaveLength(1);
  });

  it('refuses restricted and anonymous users unless allowed, each with its own issuer and audience', async () => {
    await using local = await localStack();
    const { stack, client } = local;
    const restricted = await stack.signAccessToken(
      stack.createUser({ email: 'r@example.test', restricted: true }).id,
    );
    const anonymous = await stack.signAccessToken(stack.createUser({ anonymous: true }).id);
    expect(decodeJwt(restricted).aud).toBe(`${stack.projectId}:restricted`);
    expect((await rejection(client.verifyAccessToken(restricted))).reason).toBe('signature');
    const r = await client.verifyAccessToken(restricted, { allowRestricted: true });
    expect(r.userType).toBe('restricted');
    expect(r.isRestricted).toBe(true);
    expect(
      (await rejection(client.verifyAccessToken(anonymous, { allowRestricted: true }))).reason,
    ).toBe('signature');
    const a = await client.verifyAccessToken(anonymous, { allowAnonymous: true });
    expect(a.userType).toBe('anonymous');
    expect(a.isAnonymous).toBe(true);
    // Research §3: anonymous implies restricted.
    await expect(
      client.verifyAccessToken(restricted, { allowAnonymous: true }),
    ).resolves.toMatchObject({
      userType: 'restricted',
    });
  });

  it('rejects expired, foreign, HS256 and malformed tokens as AuthenticationError, never echoing them', async () => {
    await using local = await localStack();
    const { stack, server } = local;
    const userId = firstUser(stack);
    const expired = await stack.signAccessToken(userId, { expiresInMs: -60_000 });
    const e1 = await rejection(server.verifyAccessToken(expired));
    expect(e1.reason).toBe('expired');
    expect(AuthenticationError.is(e1)).toBe(true);
    expect(e1.status).toBe(401);
    expect(e1.credentialExpired).toBe(false);
    expect(e1.message).not.toContain(expired);
    expect(JSON.stringify(e1)).not.toContain(expired.split('.')[1]);

    // Right issuer, audience and kid, but signed with a key the server never published.
    const good = await stack.signAccessToken(userId);
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT(decodeJwt(good))
      .setProtectedHeader(decodeProtectedHeader(good) as { alg: string; kid?: string })
      .sign(privateKey);
    expect((await rejection(server.verifyAccessToken(forged))).reason).toBe('signature');

    const hs256 = await new SignJWT(decodeJwt(good))
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode('fake-secret-0000000000000000000000000000'));
    expect((await rejection(server.verifyAccessToken(hs256))).reason).toBe('algorithm');

    expect((await rejection(server.verifyAccessToken('fake-not-a-jwt'))).reason).toBe('malformed');
    expect((await rejection(server.verifyAccessToken('fa.ke.jwt'))).reason).toBe('malformed');
  });

  it('rejects a token of another deployment (issuer) and pairs issuer with audience', async () => {
    await using local = await localStack();
    await using other = await localStack();
    const token = await other.stack.signAccessToken(firstUser(other.stack));
    const error = await rejection(local.server.verifyAccessToken(token));
    expect(['signature', 'issuer-or-audience']).toContain(error.reason);
  });

  it('pairs issuer with audience per user type (a JWKS we control)', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'fake-kid', alg: 'ES256' };
    await using kit = await startLoopbackServer({ handler: () => ({ json: { keys: [jwk] } }) });
    const server = createStackServerClient({
      projectId: FAKE_PROJECT_ID,
      secretServerKey: FAKE_SSK,
      baseUrl: kit.url,
      allowInsecureHttp: true,
    });
    const api = `${kit.url}/api/v1`;
    const sign = (iss: string, aud: string, claims: Record<string, unknown> = {}) =>
      new SignJWT({ project_id: FAKE_PROJECT_ID, branch_id: 'main', ...claims })
        .setProtectedHeader({ alg: 'ES256', kid: 'fake-kid' })
        .setSubject('user-1')
        .setIssuedAt()
        .setExpirationTime('5m')
        .setIssuer(iss)
        .setAudience(aud)
        .sign(privateKey);
    const normalIss = `${api}/projects/${FAKE_PROJECT_ID}`;
    const anonIss = `${api}/projects-anonymous-users/${FAKE_PROJECT_ID}`;
    await expect(
      server.verifyAccessToken(await sign(normalIss, FAKE_PROJECT_ID)),
    ).resolves.toMatchObject({
      userType: 'normal',
      userId: 'user-1',
    });
    const mixed = await sign(normalIss, `${FAKE_PROJECT_ID}:anon`);
    expect(
      (await rejection(server.verifyAccessToken(mixed, { allowAnonymous: true }))).reason,
    ).toBe('issuer-or-audience');
    const anon = await sign(anonIss, `${FAKE_PROJECT_ID}:anon`, { is_anonymous: true });
    await expect(server.verifyAccessToken(anon, { allowAnonymous: true })).resolves.toMatchObject({
      userType: 'anonymous',
    });
    expect((await rejection(server.verifyAccessToken(anon))).reason).toBe('issuer-or-audience');
    const otherProject = await sign(normalIss, FAKE_PROJECT_ID, { project_id: 'another-project' });
    expect((await rejection(server.verifyAccessToken(otherProject))).reason).toBe('claims');
    // One JWKS fetch per allowed-user-type combination, then cached.
    expect(kit.requests.map((r) => r.query.get('include_anonymous'))).toEqual(['false', 'true']);
  });

  it('refuses a token with an unknown `crit` header as a verification failure, not a network one', async () => {
    await using local = await localStack();
    const { stack, server } = local;
    const good = await stack.signAccessToken(firstUser(stack));
    const [, payload, signature] = good.split('.');
    const header = Buffer.from(
      JSON.stringify({ ...decodeProtectedHeader(good), alg: 'ES256', crit: ['foo'], foo: 1 }),
    ).toString('base64url');
    const error = await server.verifyAccessToken(`${header}.${payload}.${signature}`).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(NetworkError.is(error)).toBe(false);
    expect(AccessTokenVerificationError.is(error)).toBe(true);
    expect(AuthenticationError.is(error)).toBe(true);
    expect((error as AccessTokenVerificationError).reason).toBe('malformed');
    expect((error as Error).message).not.toContain(signature ?? '');
  });

  it('reports a JWKS that cannot be read as a NetworkError naming the status and project', async () => {
    await using kit = await startLoopbackServer({ handler: () => ({ status: 404, body: 'nope' }) });
    const options = {
      projectId: FAKE_PROJECT_ID,
      secretServerKey: FAKE_SSK,
      allowInsecureHttp: true,
    };
    const server = createStackServerClient({ ...options, baseUrl: kit.url });
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const token = `${b64({ alg: 'ES256', kid: 'fake-kid' })}.${b64({ sub: 'u' })}.${'A'.repeat(86)}`;
    const missing = await server.verifyAccessToken(token).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(NetworkError.is(missing)).toBe(true);
    expect((missing as Error).message).toContain('HTTP 404');
    expect((missing as Error).message).toContain(FAKE_PROJECT_ID);
    expect((missing as NetworkError).retryable).toBe(false);
    expect(kit.requests).toHaveLength(1);

    // Nobody listening: a connection failure is a NetworkError too.
    const closed = await startLoopbackServer();
    await closed.close();
    const offline = createStackServerClient({ ...options, baseUrl: closed.url });
    const refused = await offline.verifyAccessToken(token).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(NetworkError.is(refused)).toBe(true);
    expect(AccessTokenVerificationError.is(refused)).toBe(false);
  });
});
