import { ConfigurationError } from '@core/auth';
import { describe, expect, it } from 'vitest';
import {
  ApiKeyRevokedError,
  createStackServerClient,
  InvalidSecretServerKeyError,
  TeamMembershipAlreadyExistsError,
  UserIdDoesNotExistError,
  UserNotFoundError,
  WrongApiKeyTypeError,
} from '../src/index.js';
import { FAKE_SSK, scriptedServer, wireUser } from './fixtures.js';
import { firstUser, localStack, seen } from './local-stack.js';

const MISSING_ID = '00000000-0000-4000-8000-00000000dead';

describe('resources against the local Stack server (research §4)', () => {
  it('getProject works with every access type', async () => {
    await using local = await localStack();
    for (const c of [local.client, local.server, local.admin]) {
      const project = await c.getProject();
      expect(project.id).toBe(local.stack.projectId);
      expect(project.config.allowUserApiKeys).toBe(true);
    }
  });

  it('lists users with an explicit limit of 100, pages with nextCursor, and iterates all', async () => {
    await using local = await localStack();
    const { stack, server } = local;
    const all = await server.listUsers();
    expect(stack.loopback.requests[0]?.query.get('limit')).toBe('100');
    expect(all.items.map((u) => u.id)).toEqual(stack.seededUserIds);
    expect(all.nextCursor).toBeNull();
    const page = await server.listUsers({ limit: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.nextCursor).toBe(stack.seededUserIds[2]);
    const iterated: string[] = [];
    for await (const user of server.iterateUsers({ limit: 2 })) iterated.push(user.id);
    expect(iterated).toEqual(stack.seededUserIds);
    expect(stack.loopback.requests.slice(2).map((r) => r.query.get('cursor'))).toEqual([
      null,
      stack.seededUserIds[2],
      stack.seededUserIds[4],
    ]);
  });

  it('iterateUsers stops at a cursor cycle instead of looping', async () => {
    const { kit, server } = await scriptedServer();
    await using _ = kit;
    // a -> b -> c -> b: a server bug that would loop forever.
    const next: Record<string, string> = { '': 'b', b: 'c', c: 'b' };
    kit.setHandler((request) => {
      const cursor = request.query.get('cursor') ?? '';
      return {
        json: {
          items: [wireUser(cursor === '' ? 'a' : cursor)],
          is_paginated: true,
          pagination: { next_cursor: next[cursor] ?? null },
        },
      };
    });
    const ids: string[] = [];
    for await (const user of server.iterateUsers({ limit: 1 })) {
      ids.push(user.id);
      if (ids.length > 10) break;
    }
    expect(ids).toEqual(['a', 'b', 'c']);
    expect(kit.requests).toHaveLength(3);
  });

  it('creates, reads, updates and deletes a user; getters return null when gone', async () => {
    await using local = await localStack();
    const { server } = local;
    const created = await server.createUser({
      primaryEmail: 'ada@example.test',
      primaryEmailAuthEnabled: true,
      displayName: 'Ada',
      serverMetadata: { plan: 'pro' },
    });
    expect(created.signedUpAt).toBeInstanceOf(Date);
    expect(created.serverMetadata).toEqual({ plan: 'pro' });
    const updated = await server.updateUser(created.id, { displayName: 'Ada L.' });
    expect(updated.displayName).toBe('Ada L.');
    expect((await server.getUser(created.id))?.displayName).toBe('Ada L.');
    await server.deleteUser(created.id);
    await expect(server.getUser(created.id)).resolves.toBeNull();
    await expect(server.updateUser(created.id, { displayName: 'x' })).rejects.toSatisfy((e) =>
      UserNotFoundError.is(e),
    );
  });

  it('refuses unknown or invalid input before any request (the server would say SCHEMA_ERROR)', async () => {
    await using local = await localStack();
    const { stack, server } = local;
    const bad = { primaryEmail: 'a@example.test', primary_email: 'a@example.test' };
    // Rejected, not thrown: every Promise-returning method is async (issue 8).
    await expect(server.createUser(bad as never)).rejects.toThrow(ConfigurationError);
    await expect(server.listUsers({ limit: 5_000 })).rejects.toThrow(/limit/);
    expect(stack.loopback.requests).toHaveLength(0);
  });

  it('teams, memberships and permissions', async () => {
    await using local = await localStack();
    const { stack, server } = local;
    const userId = firstUser(stack);
    const team = await server.createTeam({ displayName: 'Research', creatorUserId: userId });
    expect((await server.getTeam(team.id))?.displayName).toBe('Research');
    await expect(server.getTeam(MISSING_ID)).resolves.toBeNull();
    const other = stack.seededUserIds[3] ?? '';
    await expect(server.addTeamMember({ teamId: team.id, userId: other })).resolves.toEqual({
      teamId: team.id,
      userId: other,
    });
    await expect(server.addTeamMember({ teamId: team.id, userId: other })).rejects.toSatisfy((e) =>
      TeamMembershipAlreadyExistsError.is(e),
    );
    expect((await server.listTeams({ userId: other })).map((t) => t.id)).toContain(team.id);
    await server.grantTeamPermission({
      teamId: team.id,
      userId: other,
      permissionId: 'team_admin',
    });
    const perms = await server.listTeamPermissions({ teamId: team.id, userId: other });
    expect(perms.map((p) => p.id)).toContain('team_admin');
    await server.revokeTeamPermission({
      teamId: team.id,
      userId: other,
      permissionId: 'team_admin',
    });
    expect(
      (await server.listTeamPermissions({ teamId: team.id, userId: other })).map((p) => p.id),
    ).not.toContain('team_admin');
    await server.grantProjectPermission({ userId: other, permissionId: 'admin' });
    expect((await server.listProjectPermissions({ userId: other })).map((p) => p.id)).toContain(
      'admin',
    );
    await server.revokeProjectPermission({ userId: other, permissionId: 'admin' });
    await server.removeTeamMember({ teamId: team.id, userId: other });
    await server.updateTeam(team.id, { displayName: 'R&D' });
    await server.deleteTeam(team.id);
    await expect(server.getTeam(team.id)).resolves.toBeNull();
  });

  it('sessions: create (and impersonate), list, revoke; unknown users are typed', async () => {
    await using local = await localStack();
    const { stack, server, admin } = local;
    const userId = firstUser(stack);
    const tokens = await server.createSession({ userId, expiresInMs: 60_000 });
    expect(`${tokens.accessToken}`).not.toContain(tokens.accessToken.reveal());
    expect((await server.withUser(tokens).getCurrentUser())?.id).toBe(userId);
    await admin.createSession({ userId, isImpersonation: true });
    const sessions = await admin.listSessions({ userId });
    expect(sessions.some((s) => s.isImpersonation)).toBe(true);
    const own = await server.listSessions({ userId });
    for (const s of own) await server.revokeSession({ sessionId: s.id, userId });
    expect(await server.listSessions({ userId })).toEqual([]);
    const revoke = stack.loopback.requests.find((r) => r.method === 'DELETE');
    expect(revoke?.query.get('user_id')).toBe(userId);
    await expect(server.createSession({ userId: MISSING_ID })).rejects.toSatisfy((e) =>
      UserIdDoesNotExistError.is(e),
    );
  });

  it('contact channels, and the client user on its own data', async () => {
    await using local = await localStack();
    const { stack, server, client } = local;
    const userId = firstUser(stack);
    const channel = await server.createContactChannel({
      userId,
      value: 'ada2@example.test',
      usedForAuth: false,
    });
    const updated = await server.updateContactChannel(
      { userId, contactChannelId: channel.id },
      { isPrimary: false },
    );
    expect(updated.value).toBe('ada2@example.test');
    const user = client.withUser(await stack.createSession(userId));
    expect((await user.listContactChannels({ userId: 'me' })).map((c) => c.value)).toContain(
      'ada2@example.test',
    );
    expect((await user.listTeams()).map((t) => t.id)).toEqual([stack.seededTeamId]);
    expect(stack.loopback.requests.at(-1)?.query.get('user_id')).toBe('me');
    expect(
      (await user.listTeamPermissions({ teamId: stack.seededTeamId })).map((p) => p.id),
    ).toContain('team_admin');
    await server.deleteContactChannel({ userId, contactChannelId: channel.id });
    expect((await server.listContactChannels({ userId })).map((c) => c.id)).not.toContain(
      channel.id,
    );
  });

  it('user and team API keys: create, list, check, revoke', async () => {
    await using local = await localStack();
    const { stack, server } = local;
    const userId = firstUser(stack);
    const key = await server.createUserApiKey({ userId, description: 'CI', expiresAt: null });
    expect(key.value.reveal().length).toBeGreaterThan(8);
    expect(`${key.value}`).not.toBe(key.value.reveal());
    const checked = await server.checkUserApiKey(key.value);
    expect(checked.id).toBe(key.id);
    expect((await server.listUserApiKeys({ userId })).map((k) => k.lastFour)).toEqual([
      key.value.reveal().slice(-4),
    ]);
    await expect(server.checkTeamApiKey(key.value)).rejects.toSatisfy((e) =>
      WrongApiKeyTypeError.is(e),
    );
    const revoked = await server.revokeUserApiKey(key.id);
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    await expect(server.checkUserApiKey(key.value)).rejects.toSatisfy((e) =>
      ApiKeyRevokedError.is(e),
    );
    const teamKey = await server.createTeamApiKey({
      teamId: stack.seededTeamId,
      description: 'deploy',
      expiresAt: new Date(Date.now() + 60_000),
    });
    expect((await server.checkTeamApiKey(teamKey.value)).teamId).toBe(stack.seededTeamId);
    expect((await server.listTeamApiKeys({ teamId: stack.seededTeamId })).map((k) => k.id)).toEqual(
      [teamKey.id],
    );
    await server.revokeTeamApiKey(teamKey.id);
  });

  it('real auth failures and 429s from the server', async () => {
    await using local = await localStack();
    const { stack } = local;
    const wrongKey = createStackServerClient({
      projectId: stack.projectId,
      secretServerKey: FAKE_SSK,
      baseUrl: stack.url,
      allowInsecureHttp: true,
    });
    const error = await wrongKey.listUsers().catch((e: unknown) => e);
    expect(InvalidSecretServerKeyError.is(error)).toBe(true);
    expect((error as Error).message).not.toContain(FAKE_SSK);
    // A client-access user reads its own sessions with user_id=me.
    const client = local.client.withUser(await stack.createSession(firstUser(stack)));
    const sessions = await client.listSessions({ userId: 'me' });
    expect(sessions.length).toBeGreaterThan(0);
    stack.loopback.reset();
    stack.rateLimit({ retryAfterSeconds: 0, times: 1 });
    await expect(local.server.listUsers({ limit: 1 })).resolves.toMatchObject({ items: [{}] });
    expect(seen(stack)).toEqual(['GET /api/v1/users', 'GET /api/v1/users']);
  });
});
