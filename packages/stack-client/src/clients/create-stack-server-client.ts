import { assertServerRuntime } from '@core/auth';
import { validateStackKey } from '../config/keys.js';
import { currentUserMethods } from '../resources/current-user.js';
import { PACKAGE_NAME } from '../version.js';
import type {
  StackAdminClient,
  StackAdminClientOptions,
  StackServerClient,
  StackServerClientOptions,
  StackServerUser,
} from './client-types.js';
import { serverResources } from './server-resources.js';
import { createStackCore } from './stack-core.js';

function buildSecretClient<A extends 'server' | 'admin'>(
  accessType: A,
  what: string,
  key: Parameters<typeof validateStackKey>[1],
  keyOption: 'secretServerKey' | 'superSecretAdminKey',
  options: StackServerClientOptions | StackAdminClientOptions,
) {
  // Research §5: the official SDK has no runtime guard against server keys in a browser.
  assertServerRuntime(what, {
    dangerouslyAllowBrowser: options?.dangerouslyAllowBrowser,
    provider: PACKAGE_NAME,
  });
  const core = createStackCore(accessType, validateStackKey(keyOption, key), options);
  const request = core.pipeline.request.bind(core.pipeline);
  return {
    ...core.base,
    ...serverResources(request),
    withUser: (userOptions: Parameters<StackServerClient['withUser']>[0]): StackServerUser<A> => {
      const { pipeline, session } = core.userPipeline(userOptions);
      const userRequest = pipeline.request.bind(pipeline);
      return {
        ...core.base,
        close: () => pipeline.close(),
        ...serverResources(userRequest),
        ...currentUserMethods(userRequest, () => session.end('Signed out')),
      };
    },
  };
}

/**
 * A Stack client with server access (the secret server key), for backends: users, teams,
 * permissions, sessions, contact channels and API keys. Refuses to run in a browser.
 *
 * @example
 * ```ts
 * const server = createStackServerClient({
 *   projectId: process.env.STACK_PROJECT_ID ?? '',
 *   secretServerKey: process.env.STACK_SECRET_SERVER_KEY ?? '',
 * });
 * const { items, nextCursor } = await server.listUsers({ limit: 20 });
 * ```
 */
export function createStackServerClient(options: StackServerClientOptions): StackServerClient {
  return buildSecretClient(
    'server',
    'createStackServerClient',
    options?.secretServerKey,
    'secretServerKey',
    options,
  );
}

/**
 * A Stack client with admin access (the super secret admin key). Refuses to run in a browser.
 *
 * @example
 * ```ts
 * const admin = createStackAdminClient({
 *   projectId: process.env.STACK_PROJECT_ID ?? '',
 *   superSecretAdminKey: process.env.STACK_SUPER_SECRET_ADMIN_KEY ?? '',
 * });
 * ```
 */
export function createStackAdminClient(options: StackAdminClientOptions): StackAdminClient {
  return buildSecretClient(
    'admin',
    'createStackAdminClient',
    options?.superSecretAdminKey,
    'superSecretAdminKey',
    options,
  );
}
