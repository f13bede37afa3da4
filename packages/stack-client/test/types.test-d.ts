import type { AuthenticationError, Secret } from '@core/auth';
import { describe, expectTypeOf, it } from 'vitest';
import {
  AccessTokenExpiredError,
  createStackAdminClient,
  createStackClient,
  createStackServerClient,
  type InvalidAccessTokenError,
  type StackAccessTokenClaims,
  type StackClient,
  type StackClientUser,
  type StackServerClient,
  type StackUser,
  type StackUserPage,
} from '../src/index.js';

declare const client: StackClient;
declare const server: StackServerClient;

describe('access types are checked by the compiler', () => {
  it('a publishable-key client has no server methods', () => {
    expectTypeOf(client).not.toHaveProperty('listUsers');
    expectTypeOf(client).not.toHaveProperty('createUser');
    expectTypeOf(client).not.toHaveProperty('createSession');
    expectTypeOf(client).not.toHaveProperty('checkUserApiKey');
    expectTypeOf(client).not.toHaveProperty('getCurrentUser');
    // @ts-expect-error listUsers needs the secret server key
    void client.listUsers;
    expectTypeOf(client.accessType).toEqualTypeOf<'client'>();
  });

  it('its user client reaches only the user own data', () => {
    const user = client.withUser({ accessToken: 'fake.jwt.token' });
    expectTypeOf(user).toEqualTypeOf<StackClientUser>();
    expectTypeOf(user.getCurrentUser).returns.resolves.toEqualTypeOf<StackUser | null>();
    expectTypeOf(user).not.toHaveProperty('listUsers');
    expectTypeOf(user).not.toHaveProperty('deleteUser');
    expectTypeOf(user).not.toHaveProperty('checkTeamApiKey');
    // @ts-expect-error a client user cannot create sessions for others
    void user.createSession;
  });

  it('server and admin clients have every resource, and differ by access type', () => {
    expectTypeOf(server.listUsers).returns.resolves.toEqualTypeOf<StackUserPage>();
    expectTypeOf(server.getUser).returns.resolves.toEqualTypeOf<StackUser | null>();
    expectTypeOf(server).not.toHaveProperty('getCurrentUser');
    expectTypeOf(server.withUser({ accessToken: 'fake.jwt.token' })).toHaveProperty(
      'getCurrentUser',
    );
    const admin = createStackAdminClient({
      projectId: 'internal',
      superSecretAdminKey: 'sak_fake',
    });
    expectTypeOf(admin.accessType).toEqualTypeOf<'admin'>();
    expectTypeOf(server.accessType).toEqualTypeOf<'server'>();
    expectTypeOf(
      admin.withUser({ accessToken: 'fake.jwt.token' }).accessType,
    ).toEqualTypeOf<'admin'>();
  });

  it('factories take the key of their own access type only', () => {
    // @ts-expect-error the server factory needs secretServerKey
    createStackServerClient({ projectId: 'internal', publishableClientKey: 'pck_fake' });
    // @ts-expect-error the client factory has no secretServerKey
    createStackClient({ projectId: 'internal', secretServerKey: 'ssk_fake' });
  });

  it('strict inputs: unknown fields do not compile', () => {
    // @ts-expect-error primary_email is the wire name; the API is camelCase
    void server.createUser({ primary_email: 'a@example.test' });
    expectTypeOf(server.createSession)
      .returns.resolves.toHaveProperty('accessToken')
      .toEqualTypeOf<Secret>();
  });

  it('verifyAccessToken is on every client and returns typed claims', () => {
    expectTypeOf(client.verifyAccessToken).returns.resolves.toEqualTypeOf<StackAccessTokenClaims>();
    expectTypeOf<StackAccessTokenClaims['userType']>().toEqualTypeOf<
      'normal' | 'restricted' | 'anonymous'
    >();
  });

  it('errors narrow to both hierarchies', () => {
    const error: unknown = new Error('x');
    if (AccessTokenExpiredError.is(error)) {
      expectTypeOf(error).toExtend<AuthenticationError>();
      expectTypeOf(error).toExtend<InvalidAccessTokenError>();
      expectTypeOf(error.details).toEqualTypeOf<
        | {
            expired_at_millis?: number | null;
            project_id?: string;
            user_id?: string;
            refresh_token_id?: string;
          }
        | undefined
      >();
    }
  });
});
