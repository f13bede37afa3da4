import {
  createStackClient,
  createStackServerClient,
  type StackClient,
  type StackServerClient,
} from '@acme/stack-client';
import { transportFor } from '../env/transport.js';
import type { StackEnv } from './stack-env.js';

/**
 * A Stack client of the environment's access type: server with `STACK_SECRET_SERVER_KEY`,
 * client with `STACK_PUBLISHABLE_CLIENT_KEY`. Throws a ConfigurationError on a bad id or key.
 *
 * @example
 * ```ts
 * const project = await stackClientFromEnv(config).getProject();
 * ```
 */
export function stackClientFromEnv(config: StackEnv): StackClient | StackServerClient {
  const transport = transportFor(config.baseUrl);
  if (config.key.accessType === 'server') {
    return createStackServerClient({
      ...transport,
      projectId: config.projectId,
      secretServerKey: config.key.value,
    });
  }
  return createStackClient({
    ...transport,
    projectId: config.projectId,
    publishableClientKey: config.key.value,
  });
}
