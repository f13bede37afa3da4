import { CredentialError } from '@core/auth';
import { describe, expect, it } from 'vitest';
import {
  RefreshTokenNotFoundOrExpiredError,
  SessionExpiredError,
  type StackTokens,
} from '../src/index.js';
import { firstUser, localStack, seen } from './local-stack.js';

const ME = 'GET /api/v1/users/me';
const REFRESH = 'POST /api/v1/auth/sessions/current/refresh';

describe('withUser against the local Stack server', () => {
  it('acts as the user with their access token', async () => {
    await using local = await localStack();
    const { stack, client } = local;
    const userId = firstUser(stack);
    const tokens = await stack.createSession(userId);
    const me = await client.withUser(tokens).getCurrentUser();
    expect(me?.id).toBe(userId);
    expect(me?.primaryEmail).toBe('user1@example.test');
    expect(me?.signedUpAt).toBeInstanceOf(Date);
    const [request] = stack.loopback.requests;
    expect(request?.headers['x-stack-access-token']).toBe(tokens.accessToken);
    expect(request?.headers['x-stack-access-type']).toBe('client');
    expect(stack.stats.refreshes).toBe(0);
  });

  it('refreshes first when under 20 s remain, without the stale token, and reports the tokens', async () => {
    await using local = await localStack();
    const { stack, client } = local;
    const tokens = await stack.createSession(firstUser(stack), { accessTokenExpiresInMs: 10_000 });
    const reported: StackTokens[] = [];
    const user = client.withUser({ ...tokens, onTokens: (t) => void reported.push(t) });
    await expect(user.getCurrentUser()).resolves.not.toBeNull();
    expect(seen(stack)).toEqual([REFRESH, ME]);
    const [refresh, me] = stack.loopback.requests;
    expect(refresh?.headers['x-stack-access-token']).toBeUndefined();
    expect(refresh?.headers['x-stack-refresh-token']).toBe(tokens.refreshToken);
    expect(me?.headers['x-stack-access-token']).not.toBe(tokens.accessToken);
    expect(reported).toHaveLength(1);
    expect(reported[0]?.accessToken.reveal()).toBe(me?.headers['x-stack-access-token']);
    expect(reported[0]?.refreshToken?.reveal()).toBe(tokens.refreshToken);
    // The fresh token (10 min) serves the next call without another refresh.
    await user.getCurrentUser();
    expect(stack.stats.refreshes).toBe(1);
  });

  it('does not wait for onTokens: a throwing, rejecting or never-settling store fails no call', async () => {
    await using local = await localStack();
    const { stack, server } = local;
    const hung = (): Promise<void> => new Promise<void>(() => undefined);
    const stores: Array<(t: StackTokens) => void | Promise<void>> = [
      () => {
        throw new Error('store down');
      },
      () => Promise.reject(new Error('store down')),
      hung,
    ];
    for (const onTokens of stores) {
      const tokens = await stack.createSession(firstUser(stack), {
        accessTokenExpiresInMs: -1_000,
      });
      const user = server.withUser({ ...tokens, onTokens });
      let timer: NodeJS.Timeout | undefined;
      const hang = new Promise<'hung'>((resolve) => {
        timer = setTimeout(() => resolve('hung'), 2_000);
      });
      // Two calls share the refresh; both must finish although onTokens never does.
      const result = await Promise.race([
        Promise.all([user.getCurrentUser(), user.getCurrentUser()]),
        hang,
      ]);
      clearTimeout(timer);
      expect(result).not.toBe('hung');
      expect(
        (result as unknown[]).every((u) => (u as { id?: string })?.id === firstUser(stack)),
      ).toBe(true);
    }
    expect(stack.stats.refreshes).toBe(3);
  });

  it('shares one refresh among concurrent calls and withUser clients of the same session', async () => {
    await using local = await localStack();
    const { stack, server } = local;
    const tokens = await stack.createSession(firstUser(stack), { accessTokenExpiresInMs: 5_000 });
    const a = server.withUser(tokens);
    const b = server.withUser(tokens);
    const users = await Promise.all([
      ...Array.from({ length: 4 }, () => a.getCurrentUser()),
      b.getCurrentUser(),
    ]);
    expect(users.every((u) => u?.id === firstUser(stack))).toBe(true);
    expect(stack.stats.refreshes).toBe(1);
    expect(seen(stack).filter((p) => p === REFRESH)).toHaveLength(1);
  });

  it('on ACCESS_TOKEN_EXPIRED refreshes once and replays once', async () => {
    let now = Date.now();
    await using local = await localStack({ clock: () => now });
    const { stack, client } = local;
    const tokens = await stack.createSession(firstUser(stack));
    now += 11 * 60_000; // the server's clock passes the 10-minute lifetime; ours does not
    const me = await client.withUser(tokens).getCurrentUser();
    expect(me?.id).toBe(firstUser(stack));
    expect(seen(stack)).toEqual([ME, REFRESH, ME]);
    expect(stack.loopback.requests[0]?.headers['x-stack-access-token']).toBe(tokens.accessToken);
    expect(stack.loopback.requests[2]?.headers['x-stack-access-token']).not.toBe(
      tokens.accessToken,
    );
  });

  it('ends the session on REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED, and then sends nothing', async () => {
    let now = Date.now();
    await using local = await localStack({ clock: () => now });
    const { stack, server, client } = local;
    const userId = firstUser(stack);
    const tokens = await stack.createSession(userId);
    const [session] = await server.listSessions({ userId });
    await server.revokeSession({ sessionId: session?.id ?? '', userId });
    now += 11 * 60_000;
    stack.loopback.reset();
    const user = client.withUser(tokens);
    const error = await user.getCurrentUser().catch((e: unknown) => e);
    expect(SessionExpiredError.is(error)).toBe(true);
    expect(CredentialError.is(error)).toBe(true);
    expect(RefreshTokenNotFoundOrExpiredError.is((error as Error).cause)).toBe(true);
    expect((error as Error).message).toContain('REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED');
    expect((error as Error).message).not.toContain(tokens.refreshToken);
    expect(seen(stack)).toEqual([ME, REFRESH]);
    await expect(user.getCurrentUser()).rejects.toSatisfy((e) => SessionExpiredError.is(e));
    expect(seen(stack)).toHaveLength(2);
  });

  it('without a refresh token, an expired token ends in SessionExpiredError before any request', async () => {
    await using local = await localStack();
    const { stack, client } = local;
    const accessToken = await stack.signAccessToken(firstUser(stack), { expiresInMs: -1_000 });
    const error = await client
      .withUser({ accessToken })
      .getCurrentUser()
      .catch((e: unknown) => e);
    expect(SessionExpiredError.is(error)).toBe(true);
    expect((error as Error).message).toContain('no refreshToken');
    expect(stack.loopback.requests).toHaveLength(0);
  });

  it('signOut ends the session on the server and in the client', async () => {
    await using local = await localStack();
    const { stack, client, server } = local;
    const userId = firstUser(stack);
    const user = client.withUser(await stack.createSession(userId));
    await user.signOut();
    expect(seen(stack)).toEqual(['DELETE /api/v1/auth/sessions/current']);
    await expect(user.getCurrentUser()).rejects.toSatisfy((e) => SessionExpiredError.is(e));
    await expect(server.listSessions({ userId })).resolves.toEqual([]);
  });

  it('closing the base client closes its withUser clients too, and refuses new ones', async () => {
    await using local = await localStack();
    const { stack, server } = local;
    const user = server.withUser(await stack.createSession(firstUser(stack)));
    stack.loopback.enqueue({ fault: 'hang' });
    const inFlight = user.getCurrentUser().then(
      () => 'resolved',
      (e: unknown) => e,
    );
    await expect.poll(() => stack.loopback.requests.length).toBe(1);
    server.close();
    const error = await inFlight;
    expect(error).toBeInstanceOf(Error);
    await expect(user.getCurrentUser()).rejects.toThrow();
    const later = server.withUser(await stack.createSession(firstUser(stack)));
    await expect(later.getCurrentUser()).rejects.toThrow();
    expect(stack.loopback.requests).toHaveLength(1);
  });

  it('refuses an access token that is not a JWT, without echoing it', async () => {
    await using local = await localStack();
    expect(() => local.client.withUser({ accessToken: 'fake-not-a-jwt-token-0000' })).toThrow(
      /accessToken is not a JWT \(25 characters\)/,
    );
  });
});
