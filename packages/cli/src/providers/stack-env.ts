import { readVariable } from '../env/load-env-file.js';
import { type EnvRead, missing, shownVariables, type VariableSpec } from './env-read.js';

/** The variables `acme-auth` reads for Stack Auth. */
export const STACK_VARIABLES: readonly VariableSpec[] = [
  { name: 'STACK_PROJECT_ID', secret: false },
  { name: 'STACK_SECRET_SERVER_KEY', secret: true },
  { name: 'STACK_PUBLISHABLE_CLIENT_KEY', secret: true },
  { name: 'STACK_BASE_URL', secret: false },
];

/** Which key the environment holds: a backend's secret server key wins. */
export type StackEnvKey =
  | {
      readonly accessType: 'server';
      readonly variable: 'STACK_SECRET_SERVER_KEY';
      readonly value: string;
    }
  | {
      readonly accessType: 'client';
      readonly variable: 'STACK_PUBLISHABLE_CLIENT_KEY';
      readonly value: string;
    };

/** Stack settings from the environment. */
export interface StackEnv {
  readonly projectId: string;
  readonly key: StackEnvKey;
  readonly baseUrl: string | undefined;
}

/**
 * Reads Stack's variables: `STACK_PROJECT_ID` and `STACK_SECRET_SERVER_KEY` (or, for a
 * client-side check, `STACK_PUBLISHABLE_CLIENT_KEY`).
 *
 * @example
 * ```ts
 * const read = readStackEnv();
 * if (read.ok) console.log(read.config.key.accessType); // 'server'
 * ```
 */
export function readStackEnv(): EnvRead<StackEnv> {
  const projectId = readVariable('STACK_PROJECT_ID');
  const server = readVariable('STACK_SECRET_SERVER_KEY');
  const client = readVariable('STACK_PUBLISHABLE_CLIENT_KEY');
  const names = [
    ...(projectId === undefined ? ['STACK_PROJECT_ID'] : []),
    ...(server === undefined && client === undefined
      ? ['STACK_SECRET_SERVER_KEY (or STACK_PUBLISHABLE_CLIENT_KEY)']
      : []),
  ];
  if (projectId === undefined || names.length > 0) return missing(names, STACK_VARIABLES);
  const key: StackEnvKey =
    server !== undefined
      ? { accessType: 'server', variable: 'STACK_SECRET_SERVER_KEY', value: server }
      : { accessType: 'client', variable: 'STACK_PUBLISHABLE_CLIENT_KEY', value: client ?? '' };
  return {
    ok: true,
    shown: shownVariables(STACK_VARIABLES),
    config: { projectId, key, baseUrl: readVariable('STACK_BASE_URL') },
  };
}
