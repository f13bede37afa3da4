import { validateStackKey } from '../config/keys.js';
import { userApiKeyMethods } from '../resources/api-keys.js';
import { contactChannelMethods } from '../resources/contact-channels.js';
import { currentUserMethods } from '../resources/current-user.js';
import { permissionMethods } from '../resources/permissions.js';
import { sessionMethods } from '../resources/sessions.js';
import { teamMethods } from '../resources/teams.js';
import type { StackClient, StackClientOptions, StackClientUser } from './client-types.js';
import { createStackCore } from './stack-core.js';

/**
 * A Stack client with client access (a publishable key): safe in a browser. Alone it reads
 * the project; `withUser` acts as a signed-in user on their own data.
 *
 * @example
 * ```ts
 * const client = createStackClient({
 *   projectId: process.env.STACK_PROJECT_ID ?? '',
 *   publishableClientKey: process.env.STACK_PUBLISHABLE_CLIENT_KEY ?? '',
 * });
 * const me = await client.withUser({ accessToken, refreshToken }).getCurrentUser();
 * ```
 */
export function createStackClient(options: StackClientOptions): StackClient {
  const key =
    options?.publishableClientKey === undefined
      ? undefined
      : validateStackKey('publishableClientKey', options.publishableClientKey);
  const core = createStackCore('client', key, options);
  return {
    ...core.base,
    withUser: (userOptions): StackClientUser => {
      const { pipeline, session } = core.userPipeline(userOptions);
      const request = pipeline.request.bind(pipeline);
      const teams = teamMethods(request);
      const permissions = permissionMethods(request);
      const keys = userApiKeyMethods(request);
      const sessions = sessionMethods(request);
      return {
        ...core.base,
        close: () => pipeline.close(),
        getProject: (options) => core.base.getProject(options),
        ...currentUserMethods(request, () => session.end('Signed out')),
        // Research §4: with client access, lists are of the user's own ('me') data.
        listTeams: (input = {}, options) => teams.listTeams({ userId: 'me', ...input }, options),
        listTeamPermissions: (input, options) =>
          permissions.listTeamPermissions({ userId: 'me', ...input }, options),
        listProjectPermissions: (input, options) =>
          permissions.listProjectPermissions({ userId: 'me', ...input }, options),
        ...contactChannelMethods(request),
        createUserApiKey: keys.createUserApiKey,
        listUserApiKeys: keys.listUserApiKeys,
        revokeUserApiKey: keys.revokeUserApiKey,
        listSessions: sessions.listSessions,
        revokeSession: sessions.revokeSession,
      };
    },
  };
}
