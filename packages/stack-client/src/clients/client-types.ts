import type { Secret, TransportOptions } from '@core/auth';
import type { StackAccessTokenClaims } from '../auth/access-token-claims.js';
import type { WithUserOptions } from '../auth/user-session.js';
import type { VerifyAccessTokenOptions } from '../auth/verify-access-token.js';
import type { StackAccessType, StackUserTypeOptions } from '../http/stack-credential.js';
import type { TeamApiKeyMethods, UserApiKeyMethods } from '../resources/api-keys.js';
import type { ContactChannelMethods } from '../resources/contact-channels.js';
import type { CurrentUserMethods } from '../resources/current-user.js';
import type { PermissionMethods } from '../resources/permissions.js';
import type { ProjectMethods } from '../resources/project.js';
import type { SessionMethods } from '../resources/sessions.js';
import type { TeamMethods } from '../resources/teams.js';
import type { UserMethods } from '../resources/users.js';

/** Options every Stack client takes, besides its key. */
export interface StackCommonOptions extends TransportOptions, StackUserTypeOptions {
  /** The project's UUID (or `internal`). */
  projectId: string;
  /** The API root. @default 'https://api.stack-auth.com' */
  baseUrl?: string;
}

/** Options of {@link createStackClient}. */
export interface StackClientOptions extends StackCommonOptions {
  /**
   * Starts with `pck_`. Optional only for projects that turned off
   * `requirePublishableClientKey` (research §1.5).
   */
  publishableClientKey?: string | Secret;
}

/** What server and admin clients add: the browser guard. */
export interface StackSecretKeyOptions {
  /** Builds the client in a browser anyway; every visitor could read the key. @default false */
  dangerouslyAllowBrowser?: boolean;
}

/** Options of {@link createStackServerClient}. */
export interface StackServerClientOptions extends StackCommonOptions, StackSecretKeyOptions {
  /** Starts with `ssk_`. */
  secretServerKey: string | Secret;
}

/** Options of {@link createStackAdminClient}. */
export interface StackAdminClientOptions extends StackCommonOptions, StackSecretKeyOptions {
  /** The project's super secret admin key. */
  superSecretAdminKey: string | Secret;
}

/** What every Stack client has, whatever its access type. */
export interface StackClientBase<A extends StackAccessType> extends ProjectMethods {
  /** `client`, `server` or `admin`: the `x-stack-access-type` sent. */
  readonly accessType: A;
  readonly projectId: string;
  /**
   * Verifies a user's access token locally (research §3): ES256 against the project's cached
   * JWKS, with the exact issuer and audience of each allowed user type. Throws
   * `AccessTokenVerificationError` (an `AuthenticationError`) for a bad token.
   *
   * @example
   * ```ts
   * const claims = await server.verifyAccessToken(req.headers['x-stack-access-token'] ?? '');
   * console.log(claims.userId, claims.userType);
   * ```
   */
  verifyAccessToken(
    token: string | Secret,
    options?: VerifyAccessTokenOptions,
  ): Promise<StackAccessTokenClaims>;
  /**
   * Aborts every call in flight and refuses new ones, on this client and on the `withUser`
   * clients it made (those still referenced; later ones start closed).
   */
  close(): void;
}

/**
 * A `withUser` client with client access: the user's own data only (research §4, `me`).
 * Lists default to the user (`userId: 'me'`).
 */
export interface StackClientUser
  extends StackClientBase<'client'>,
    CurrentUserMethods,
    Pick<TeamMethods, 'listTeams'>,
    Pick<PermissionMethods, 'listTeamPermissions' | 'listProjectPermissions'>,
    ContactChannelMethods,
    Pick<UserApiKeyMethods, 'createUserApiKey' | 'listUserApiKeys' | 'revokeUserApiKey'>,
    Pick<SessionMethods, 'listSessions' | 'revokeSession'> {}

/** A client with a publishable key: the project only, until `withUser`. */
export interface StackClient extends StackClientBase<'client'> {
  /**
   * A client that acts as a user, refreshing their access token as needed.
   *
   * @example
   * ```ts
   * const me = await client.withUser({ accessToken, refreshToken }).getCurrentUser();
   * ```
   */
  withUser(options: WithUserOptions): StackClientUser;
}

/** Every resource group of server and admin access (research §4). */
export interface StackServerResources
  extends UserMethods,
    TeamMethods,
    PermissionMethods,
    SessionMethods,
    ContactChannelMethods,
    UserApiKeyMethods,
    TeamApiKeyMethods {}

/** A server or admin client acting as a user: every resource, plus the user's own. */
export interface StackServerUser<A extends 'server' | 'admin' = 'server'>
  extends StackClientBase<A>,
    StackServerResources,
    CurrentUserMethods {}

/** A client with the secret server key: every backend resource (research §4). */
export interface StackServerClient extends StackClientBase<'server'>, StackServerResources {
  /**
   * Acts as a user with server access, e.g. to read their server metadata via `getCurrentUser`.
   *
   * @example
   * ```ts
   * const user = server.withUser({ accessToken: req.headers['x-stack-access-token'] ?? '' });
   * ```
   */
  withUser(options: WithUserOptions): StackServerUser<'server'>;
}

/** A client with the super secret admin key: what a server client can do, as admin. */
export interface StackAdminClient extends StackClientBase<'admin'>, StackServerResources {
  /**
   * Acts as a user with admin access.
   *
   * @example
   * ```ts
   * const user = admin.withUser({ accessToken });
   * ```
   */
  withUser(options: WithUserOptions): StackServerUser<'admin'>;
}
