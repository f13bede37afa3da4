import { startLoopbackServer } from '@acme/testing';
import { ApiError, ConfigurationError } from '@core/auth';
import { describe, expect, it } from 'vitest';
import { createStackServerClient } from '../src/index.js';
import { FAKE_PROJECT_ID, FAKE_SSK, FAST_RETRY } from './fixtures.js';
import { firstUser, localStack } from './local-stack.js';

/** A call's failure, whether it throws at once (bad input) or rejects. */
async function failure(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('path segments', () => {
  it('refuses empty, "." and ".." ids before any request, naming the parameter', async () => {
    await using local = await localStack();
    const { stack, server } = local;
    const userId = firstUser(stack);

    const empty = await failure(() => server.getUser(''));
    expect(ConfigurationError.is(empty)).toBe(true);
    expect((empty as ConfigurationError).option).toBe('userId');
    expect((empty as Error).message).toContain('userId');

    const dots = await failure(() => server.deleteTeam('..'));
    expect(ConfigurationError.is(dots)).toBe(true);

    const nested = await failure(() =>
      server.revokeTeamPermission({ teamId: '..', userId, permissionId: 'fake_perm' }),
    );
    expect(ConfigurationError.is(nested)).toBe(true);

    const emptyInside = await failure(() =>
      server.removeTeamMember({ teamId: stack.seededTeamId, userId: '' }),
    );
    expect((emptyInside as ConfigurationError).option).toBe('userId');

    expect(stack.loopback.requests).toHaveLength(0);
    // The team is still there: nothing reached DELETE /teams.
    await expect(server.getTeam(stack.seededTeamId)).resolves.not.toBeNull();
  });
});

describe('redirects', () => {
  it('never follows a 307 to another server, so the secret server key stays home', async () => {
    await using elsewhere = await startLoopbackServer({
      handler: () => ({ json: { items: [], is_paginated: true, pagination: null } }),
    });
    await using api = await startLoopbackServer({
      handler: (request) => ({
        status: 307,
        headers: { location: `${elsewhere.url}${request.url}` },
        body: '',
      }),
    });
    const server = createStackServerClient({
      projectId: FAKE_PROJECT_ID,
      secretServerKey: FAKE_SSK,
      baseUrl: api.url,
      allowInsecureHttp: true,
      retry: FAST_RETRY,
    });
    const error = await failure(() => server.listUsers());
    expect(ApiError.is(error)).toBe(true);
    expect((error as ApiError).status).toBe(307);
    expect(JSON.stringify(error)).not.toContain(FAKE_SSK);
    expect(api.requests.length).toBeGreaterThanOrEqual(1);
    expect(api.requests[0]?.headers['x-stack-secret-server-key']).toBe(FAKE_SSK);
    expect(elsewhere.requests).toHaveLength(0);
  });
});
