import { createStackServerClient, type StackServerClient } from '@acme/stack-client';
import { type StackServer, startStackServer } from '@acme/testing';
import type { TransportKind } from '@core/auth';
import { CLIENT_LIMITS, RETRY } from './faults.js';
import { type RouteOp, routeOps } from './route-op.js';
import { AttemptCounter, type ChargeOp, type FaultTarget, once } from './target.js';
import { faultTarget } from './target-shell.js';

const API = '/api/v1';
const FAKE_API_KEY = `fake-api-key-${'0'.repeat(16)}`;

/** Stack: listUsers as the read; every POST and PATCH of the server client as the charges. */
export async function stackTarget(transport: TransportKind): Promise<FaultTarget> {
  const stack = await startStackServer();
  const counter = new AttemptCounter();
  const client = (): StackServerClient =>
    createStackServerClient({
      projectId: stack.projectId,
      secretServerKey: stack.keys.secretServerKey,
      baseUrl: stack.url,
      allowInsecureHttp: true,
      retry: RETRY,
      transport,
      hooks: counter.hooks,
      ...CLIENT_LIMITS,
    });
  return faultTarget({
    name: 'stack',
    provider: '@acme/stack-client',
    loopback: stack.loopback,
    counter,
    read: (call) => once(client(), (c) => c.listUsers({ limit: 1 }, call)),
    async okBody() {
      const response = await fetch(`${stack.url}${API}/users?limit=1`, {
        headers: {
          'x-stack-access-type': 'server',
          'x-stack-project-id': stack.projectId,
          'x-stack-secret-server-key': stack.keys.secretServerKey,
        },
      });
      return response.text();
    },
    chargeOps: chargeOps(stack, routeOps(client, { prefix: API })),
    close: () => stack.close(),
  });
}

function chargeOps(stack: StackServer, op: RouteOp<StackServerClient>): ChargeOp[] {
  const userId = stack.seededUserIds[0] ?? '';
  const teamId = stack.seededTeamId;
  const email = 'fake-charge-once@example.test';
  return [
    op('createUser', ['POST', '/users'], (c, o) =>
      c.createUser({ primaryEmail: email, primaryEmailAuthEnabled: true }, o),
    ),
    op('updateUser', ['PATCH', `/users/${userId}`], (c, o) =>
      c.updateUser(userId, { displayName: 'Fake' }, o),
    ),
    op('createTeam', ['POST', '/teams'], (c, o) =>
      c.createTeam({ displayName: 'Fake team', creatorUserId: userId }, o),
    ),
    op('updateTeam', ['PATCH', `/teams/${teamId}`], (c, o) =>
      c.updateTeam(teamId, { displayName: 'Fake team 2' }, o),
    ),
    op('addTeamMember', ['POST', `/team-memberships/${teamId}/${userId}`], (c, o) =>
      c.addTeamMember({ teamId, userId }, o),
    ),
    op(
      'grantTeamPermission',
      ['POST', `/team-permissions/${teamId}/${userId}/team_admin`],
      (c, o) => c.grantTeamPermission({ teamId, userId, permissionId: 'team_admin' }, o),
    ),
    op('grantProjectPermission', ['POST', `/project-permissions/${userId}/admin`], (c, o) =>
      c.grantProjectPermission({ userId, permissionId: 'admin' }, o),
    ),
    op('createSession', ['POST', '/auth/sessions'], (c, o) =>
      c.createSession({ userId, expiresInMs: 60_000 }, o),
    ),
    op('createContactChannel', ['POST', '/contact-channels'], (c, o) =>
      c.createContactChannel({ userId, value: email, usedForAuth: false }, o),
    ),
    op('updateContactChannel', ['PATCH', `/contact-channels/${userId}/fake-channel`], (c, o) =>
      c.updateContactChannel({ userId, contactChannelId: 'fake-channel' }, { isPrimary: false }, o),
    ),
    op('createUserApiKey', ['POST', '/user-api-keys'], (c, o) =>
      c.createUserApiKey({ userId, description: 'fake', expiresAt: null }, o),
    ),
    op('revokeUserApiKey', ['PATCH', '/user-api-keys/fake-key-id'], (c, o) =>
      c.revokeUserApiKey('fake-key-id', o),
    ),
    op('createTeamApiKey', ['POST', '/team-api-keys'], (c, o) =>
      c.createTeamApiKey({ teamId, description: 'fake', expiresAt: null }, o),
    ),
    op('revokeTeamApiKey', ['PATCH', '/team-api-keys/fake-key-id'], (c, o) =>
      c.revokeTeamApiKey('fake-key-id', o),
    ),
    op('withUser().updateCurrentUser', ['PATCH', '/users/me'], async (c, o) =>
      c.withUser(await stack.createSession(userId)).updateCurrentUser({ displayName: 'Me' }, o),
    ),
    // Marked idempotent by the client (a check changes nothing): retries allowed, no key.
    op(
      'checkUserApiKey',
      ['POST', '/user-api-keys/check'],
      (c, o) => c.checkUserApiKey(FAKE_API_KEY, o),
      'marked',
    ),
    op(
      'checkTeamApiKey',
      ['POST', '/team-api-keys/check'],
      (c, o) => c.checkTeamApiKey(FAKE_API_KEY, o),
      'marked',
    ),
  ];
}
