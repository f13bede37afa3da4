import { describe, expect, it } from 'vitest';
import { authHeaders, call, firstUser, useStackServers } from './stack-helpers.js';

const start = useStackServers();

describe('teams and memberships (research §4)', () => {
  it('creates a team (201), adds a member, and refuses a duplicate membership', async () => {
    const stack = await start();
    const headers = authHeaders(stack, 'server');
    const created = await call(stack, 'POST', '/teams', {
      headers,
      json: { display_name: 'Crew', creator_user_id: firstUser(stack) },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      display_name: 'Crew',
      server_metadata: null,
      created_at_millis: expect.any(Number),
    });
    const teamId = String(created.body.id);
    const member = stack.seededUserIds[3] ?? '';
    const added = await call(stack, 'POST', `/team-memberships/${teamId}/${member}`, {
      headers,
      json: {},
    });
    expect([added.status, added.body.team_id, added.body.user_id]).toEqual([201, teamId, member]);
    const twice = await call(stack, 'POST', `/team-memberships/${teamId}/${member}`, {
      headers,
      json: {},
    });
    expect([twice.status, twice.body.code]).toEqual([409, 'TEAM_MEMBERSHIP_ALREADY_EXISTS']);
    const listed = await call(stack, 'GET', `/teams?user_id=${member}`, { headers });
    expect(Object.values(listed.body.items ?? {}).map((team) => String(team.id))).toEqual([teamId]);
    expect(
      (await call(stack, 'DELETE', `/team-memberships/${teamId}/${member}`, { headers })).body,
    ).toEqual({ success: true });
    const gone = await call(stack, 'DELETE', `/team-memberships/${teamId}/${member}`, { headers });
    expect([gone.status, gone.body.code]).toEqual([404, 'TEAM_MEMBERSHIP_NOT_FOUND']);
  });

  it('answers TEAM_NOT_FOUND and lets a client see only its own teams', async () => {
    const stack = await start();
    const missing = '00000000-0000-4000-8000-000000000404';
    const res = await call(stack, 'GET', `/teams/${missing}`, {
      headers: authHeaders(stack, 'server'),
    });
    expect(res.body).toMatchObject({ code: 'TEAM_NOT_FOUND', details: { team_id: missing } });
    const outsider = await stack.signAccessToken(stack.seededUserIds[4] ?? '');
    const hidden = await call(stack, 'GET', `/teams/${stack.seededTeamId}`, {
      headers: authHeaders(stack, 'client', outsider),
    });
    expect(hidden.body.code).toBe('TEAM_NOT_FOUND');
    const mine = await call(stack, 'GET', '/teams?user_id=me', {
      headers: authHeaders(stack, 'client', await stack.signAccessToken(firstUser(stack))),
    });
    expect(mine.body.items?.[0]).toEqual(expect.objectContaining({ id: stack.seededTeamId }));
    expect(mine.body.items?.[0]?.server_metadata).toBeUndefined();
  });

  it('makes a client hold $update_team to rename a team', async () => {
    const stack = await start();
    const member = authHeaders(
      stack,
      'client',
      await stack.signAccessToken(stack.seededUserIds[1] ?? ''),
    );
    const denied = await call(stack, 'PATCH', `/teams/${stack.seededTeamId}`, {
      headers: member,
      json: { display_name: 'X' },
    });
    expect([denied.status, denied.body.code]).toEqual([401, 'TEAM_PERMISSION_REQUIRED']);
    const admin = authHeaders(stack, 'client', await stack.signAccessToken(firstUser(stack)));
    const ok = await call(stack, 'PATCH', `/teams/${stack.seededTeamId}`, {
      headers: admin,
      json: { display_name: 'X' },
    });
    expect(ok.body.display_name).toBe('X');
  });
});

describe('permissions (research §4)', () => {
  it('lists team permissions directly or recursively, grants and revokes', async () => {
    const stack = await start();
    const headers = authHeaders(stack, 'server');
    const [, member = ''] = stack.seededUserIds;
    const list = async (query: string) =>
      Object.values(
        (await call(stack, 'GET', `/team-permissions?${query}`, { headers })).body.items ?? {},
      ).map((p) => String(p.id));
    const base = `team_id=${stack.seededTeamId}&user_id=${member}`;
    expect(await list(base)).toEqual(['team_member']);
    expect((await list(`${base}&recursive=true`)).sort()).toEqual([
      '$invite_members',
      '$read_members',
      'team_member',
    ]);
    const granted = await call(
      stack,
      'POST',
      `/team-permissions/${stack.seededTeamId}/${member}/$update_team`,
      { headers, json: {} },
    );
    expect([granted.status, granted.body.id, granted.body.team_id]).toEqual([
      201,
      '$update_team',
      stack.seededTeamId,
    ]);
    expect(await list(`${base}&permission_id=$update_team`)).toEqual(['$update_team']);
    const revoked = await call(
      stack,
      'DELETE',
      `/team-permissions/${stack.seededTeamId}/${member}/$update_team`,
      { headers },
    );
    expect(revoked.body).toEqual({ success: true });
    expect(await list(`${base}&permission_id=$update_team`)).toEqual([]);
    const unknown = await call(
      stack,
      'POST',
      `/team-permissions/${stack.seededTeamId}/${member}/nope`,
      { headers, json: {} },
    );
    expect([unknown.status, unknown.body.code]).toEqual([404, 'PERMISSION_NOT_FOUND']);
  });

  it('handles project permissions with the same pattern', async () => {
    const stack = await start();
    const headers = authHeaders(stack, 'server');
    const userId = firstUser(stack);
    const recursive = await call(
      stack,
      'GET',
      `/project-permissions?user_id=${userId}&recursive=true`,
      { headers },
    );
    expect(recursive.body).toEqual({
      items: [
        { id: 'admin', user_id: userId },
        { id: 'moderator', user_id: userId },
      ],
      is_paginated: false,
    });
    const other = stack.seededUserIds[2] ?? '';
    const granted = await call(stack, 'POST', `/project-permissions/${other}/moderator`, {
      headers,
      json: {},
    });
    expect(granted.body).toEqual({ id: 'moderator', user_id: other });
    const client = await call(stack, 'GET', '/project-permissions?user_id=me', {
      headers: authHeaders(stack, 'client', await stack.signAccessToken(other)),
    });
    expect(client.body.items).toEqual([{ id: 'moderator', user_id: other }]);
  });
});
