import { inspect } from 'node:util';
import { ResponseValidationError } from '@core/auth';
import { describe, expect, it } from 'vitest';
import { SchemaError } from '../src/index.js';
import { knownError, scriptedServer } from './fixtures.js';
import { firstUser, localStack } from './local-stack.js';

// Obviously fake secrets, long enough for the pipeline to mask.
const FAKE_ACCESS = `fake_access_token_${'0'.repeat(40)}`;
const FAKE_REFRESH = `fake_refresh_token_${'0'.repeat(40)}`;
const FAKE_API_KEY = `fake_api_key_${'1'.repeat(40)}`;
const FAKE_PASSWORD = `fake-password-${'2'.repeat(20)}`;

async function failure(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

/** Every way an error may reach a log: JSON, util.inspect (with causes), message. */
function printed(error: unknown): string {
  return `${JSON.stringify(error)}\n${inspect(error, { depth: 10 })}\n${String(error)}`;
}

describe('bodies that issue secrets (secretResponse)', () => {
  it('createSession, createUserApiKey and createTeamApiKey report a malformed 2xx by shape only', async () => {
    const { kit, server } = await scriptedServer();
    await using _ = kit;
    kit.enqueue(
      { status: 200, json: { access_token: FAKE_ACCESS, refresh_token: 42 } },
      { status: 200, json: { value: FAKE_API_KEY, user_id: 'u' } },
      { status: 200, json: { value: FAKE_API_KEY, team_id: 't' } },
    );
    const session = await failure(() => server.createSession({ userId: 'u' }));
    expect(ResponseValidationError.is(session)).toBe(true);
    expect(printed(session)).not.toContain(FAKE_ACCESS);

    const userKey = await failure(() =>
      server.createUserApiKey({ userId: 'u', description: 'ci', expiresAt: null }),
    );
    expect(ResponseValidationError.is(userKey)).toBe(true);
    expect(printed(userKey)).not.toContain(FAKE_API_KEY);

    const teamKey = await failure(() =>
      server.createTeamApiKey({ teamId: 't', description: 'ci', expiresAt: null }),
    );
    expect(ResponseValidationError.is(teamKey)).toBe(true);
    expect(printed(teamKey)).not.toContain(FAKE_API_KEY);
    expect(kit.requests).toHaveLength(3);
  });

  it('a malformed refresh answer never shows the new access token', async () => {
    await using local = await localStack();
    const { stack, client } = local;
    // Already expired, so the call must wait for the refresh, which answers no `access_token`.
    const tokens = await stack.createSession(firstUser(stack), { accessTokenExpiresInMs: -1_000 });
    stack.loopback.enqueue({
      status: 200,
      json: { accessToken: FAKE_ACCESS, refresh_token: FAKE_REFRESH },
    });
    const error = await failure(() => client.withUser(tokens).getCurrentUser());
    expect(stack.loopback.requests[0]?.path).toBe('/api/v1/auth/sessions/current/refresh');
    expect(printed(error)).not.toContain(FAKE_ACCESS);
    expect(printed(error)).not.toContain(FAKE_REFRESH);
    expect(printed(error)).not.toContain(tokens.refreshToken);
  });
});

describe('secrets sent in a body are masked when the server echoes them', () => {
  it('checkUserApiKey and checkTeamApiKey mask the key in a SCHEMA_ERROR', async () => {
    const { kit, server } = await scriptedServer();
    await using _ = kit;
    const echo = () =>
      knownError('SCHEMA_ERROR', 400, `body.api_key: "${FAKE_API_KEY}" is not a valid key`, {
        message: `body.api_key: "${FAKE_API_KEY}" is not a valid key`,
      });
    kit.enqueue(echo(), echo());
    for (const check of [server.checkUserApiKey, server.checkTeamApiKey]) {
      const error = await failure(() => check(FAKE_API_KEY));
      expect(SchemaError.is(error)).toBe(true);
      expect(printed(error)).not.toContain(FAKE_API_KEY);
      expect((error as SchemaError).serverMessage).toContain('is not a valid key');
    }
    expect(JSON.parse(kit.requests[0]?.body ?? '{}')).toEqual({ api_key: FAKE_API_KEY });
  });

  it('createUser and updateUser mask password and passwordHash in a SCHEMA_ERROR', async () => {
    const { kit, server } = await scriptedServer();
    await using _ = kit;
    const echo = (value: string) =>
      knownError('SCHEMA_ERROR', 400, `body.password: "${value}" is too weak`, {
        message: `"${value}"`,
      });
    const fakeHash = `$2a$10$fake${'3'.repeat(40)}`;
    kit.enqueue(echo(FAKE_PASSWORD), echo(fakeHash), echo(FAKE_PASSWORD));
    const created = await failure(() =>
      server.createUser({ primaryEmail: 'a@example.test', password: FAKE_PASSWORD }),
    );
    expect(SchemaError.is(created)).toBe(true);
    expect(printed(created)).not.toContain(FAKE_PASSWORD);
    const hashed = await failure(() => server.createUser({ passwordHash: fakeHash }));
    expect(printed(hashed)).not.toContain(fakeHash);
    const updated = await failure(() => server.updateUser('u', { password: FAKE_PASSWORD }));
    expect(printed(updated)).not.toContain(FAKE_PASSWORD);
  });
});
