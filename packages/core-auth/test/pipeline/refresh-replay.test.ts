import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  createPipeline,
  refreshingCredential,
  Secret,
  staticCredential,
} from '../../src/index.js';
import { server } from './helpers.js';

interface Token {
  token: Secret;
  expiresAt: number;
}

/** A server that accepts only the newest token a refresh handed out. */
async function rotatingServer() {
  const s = await server();
  let current = 'token_0_fake_00000000000000000000';
  let refreshes = 0;
  const refresh = async (): Promise<Token> => {
    refreshes++;
    current = `token_${refreshes}_fake_00000000000000000000`;
    return { token: Secret.from(current), expiresAt: Date.now() + 600_000 };
  };
  s.setHandler((req) =>
    req.headers.authorization === `Bearer ${current}`
      ? { json: { ok: true } }
      : { status: 401, json: { code: 'ACCESS_TOKEN_EXPIRED' } },
  );
  return {
    s,
    refresh,
    get refreshes() {
      return refreshes;
    },
    expire() {
      current = 'rotated_elsewhere_fake_0000000000';
    },
  };
}

function bearerPipeline(url: string, credentials: ReturnType<typeof refreshingCredential<Token>>) {
  return createPipeline<Token>({
    baseUrl: url,
    allowInsecureHttp: true,
    credentials,
    headers: (c) => ({ authorization: `Bearer ${c.token.reveal()}` }),
    retry: 0,
  });
}

describe('401: invalidate, refresh once, replay once', () => {
  it('refreshes an expired credential and replays the call, even a POST', async () => {
    const r = await rotatingServer();
    const credentials = refreshingCredential<Token>({ refresh: r.refresh });
    const pipeline = bearerPipeline(r.s.url, credentials);
    await pipeline.request({ method: 'GET', path: 'me' });
    expect(r.refreshes).toBe(1);
    r.expire();
    await expect(
      pipeline.request({ method: 'POST', path: 'charge', json: { amount: '1.00' } }),
    ).resolves.toEqual({ ok: true });
    expect(r.refreshes).toBe(2);
    const posts = r.s.requests.filter((q) => q.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[0]?.headers.authorization).not.toBe(posts[1]?.headers.authorization);
  });

  it('replays only once: a second 401 is thrown', async () => {
    const s = await server();
    s.setHandler(() => ({ status: 401 }));
    let refreshes = 0;
    const credentials = refreshingCredential<Token>({
      refresh: async () => ({
        token: Secret.from(`tok_${++refreshes}_fake_000000000000`),
        expiresAt: Date.now() + 60_000,
      }),
    });
    const error = await bearerPipeline(s.url, credentials)
      .request({ method: 'GET', path: 'me' })
      .catch((e: unknown) => e);
    expect(AuthenticationError.is(error)).toBe(true);
    expect(s.requests).toHaveLength(2);
    expect(refreshes).toBe(2);
  });

  it('does not refresh again when another call already replaced the credential (epoch check)', async () => {
    const r = await rotatingServer();
    const credentials = refreshingCredential<Token>({ refresh: r.refresh });
    const pipeline = bearerPipeline(r.s.url, credentials);
    await pipeline.request({ method: 'GET', path: 'warm' });
    r.expire();
    await Promise.all(
      Array.from({ length: 20 }, () => pipeline.request({ method: 'GET', path: 'me' })),
    );
    // One refresh to warm up, one for all twenty 401s.
    expect(r.refreshes).toBe(2);
  });

  it('does not replay with a static credential that cannot change', async () => {
    const s = await server();
    s.setHandler(() => ({ status: 401 }));
    const pipeline = createPipeline<{ key: Secret }>({
      baseUrl: s.url,
      allowInsecureHttp: true,
      credentials: staticCredential({ key: Secret.from('static_fake_key_000000000000') }),
      headers: (c) => ({ 'x-api-key': c.key.reveal() }),
    });
    await expect(pipeline.request({ method: 'GET', path: 'x' })).rejects.toSatisfy((e) =>
      AuthenticationError.is(e),
    );
    expect(s.requests).toHaveLength(1);
  });

  it('does not replay a 401 the adapter classified as a wrong (not expired) credential', async () => {
    const r = await rotatingServer();
    const credentials = refreshingCredential<Token>({ refresh: r.refresh });
    const pipeline = createPipeline<Token>({
      baseUrl: r.s.url,
      allowInsecureHttp: true,
      credentials,
      headers: (c) => ({ authorization: `Bearer ${c.token.reveal()}` }),
      mapError: (ctx) =>
        ctx.status === 401
          ? new AuthenticationError('wrong key.', { ...ctx.errorInit, credentialExpired: false })
          : undefined,
    });
    await pipeline.request({ method: 'GET', path: 'warm' });
    r.expire();
    await expect(pipeline.request({ method: 'GET', path: 'me' })).rejects.toThrow(/wrong key/);
    expect(r.refreshes).toBe(1);
  });

  it('surfaces a failed refresh and does not cache it', async () => {
    const s = await server();
    s.setHandler(() => ({ status: 401 }));
    let calls = 0;
    const credentials = refreshingCredential<Token>({
      refresh: async () => {
        calls++;
        if (calls === 2) throw new Error('identity provider down');
        return {
          token: Secret.from(`tok_${calls}_fake_0000000000000`),
          expiresAt: Date.now() + 60_000,
        };
      },
    });
    const pipeline = bearerPipeline(s.url, credentials);
    await expect(pipeline.request({ method: 'GET', path: 'x' })).rejects.toThrow();
    await expect(pipeline.request({ method: 'GET', path: 'x' })).rejects.toSatisfy((e) =>
      AuthenticationError.is(e),
    );
    expect(calls).toBeGreaterThanOrEqual(3);
  });
});
