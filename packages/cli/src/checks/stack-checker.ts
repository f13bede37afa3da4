import {
  type StackClient,
  type StackServerClient,
  validateProjectId,
  validateStackKey,
} from '@acme/stack-client';
import { readStackEnv, type StackEnv } from '../providers/stack-env.js';
import { stackClientFromEnv } from '../providers/stack-from-env.js';
import type { ProviderChecker } from './run-check.js';

/**
 * Stack Auth: the project id must be a UUID (or `internal`) and the key of its own kind
 * (`ssk_`/`pck_`); then `getProject`, `GET /api/v1/projects/current`, which Stack answers
 * only for a valid project id and key pair.
 *
 * @example
 * ```ts
 * await runCheck(stackChecker);
 * ```
 */
export const stackChecker: ProviderChecker<StackEnv, StackClient | StackServerClient> = {
  provider: 'stack',
  read: readStackEnv,
  build: (config) => {
    validateProjectId(config.projectId);
    const option = config.key.accessType === 'server' ? 'secretServerKey' : 'publishableClientKey';
    validateStackKey(option, config.key.value);
    return {
      client: stackClientFromEnv(config),
      message: `STACK_PROJECT_ID and ${config.key.variable} have the right format (${config.key.accessType} access)`,
    };
  },
  call: async (client) => {
    const project = await client.getProject();
    return `authenticated: project ${project.displayName ?? project.id} accepted the key (getProject)`;
  },
  close: (client) => client.close(),
};
