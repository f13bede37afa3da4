import { readVariable } from '../env/load-env-file.js';
import { type EnvRead, missing, shownVariables, type VariableSpec } from './env-read.js';

/** The variables `acme-auth` reads for Stake (the names `extract-curl --write` writes). */
export const STAKE_VARIABLES: readonly VariableSpec[] = [
  { name: 'STAKE_ACCESS_TOKEN', secret: true },
  { name: 'STAKE_SESSION_COOKIE', secret: true },
  { name: 'STAKE_CF_CLEARANCE', secret: true },
  { name: 'STAKE_USER_AGENT', secret: false },
  { name: 'STAKE_BASE_URL', secret: false },
];

/** Stake settings from the environment; strings, checked by the client. */
export interface StakeEnv {
  readonly accessToken: string;
  readonly sessionCookie: string | undefined;
  readonly cfClearance: string | undefined;
  readonly userAgent: string | undefined;
  readonly baseUrl: string | undefined;
}

/**
 * Reads Stake's variables: `STAKE_ACCESS_TOKEN` is required.
 *
 * @example
 * ```ts
 * const read = readStakeEnv();
 * if (!read.ok) console.log(`set ${read.missing.join(', ')}`);
 * ```
 */
export function readStakeEnv(): EnvRead<StakeEnv> {
  const accessToken = readVariable('STAKE_ACCESS_TOKEN');
  if (accessToken === undefined) return missing(['STAKE_ACCESS_TOKEN'], STAKE_VARIABLES);
  return {
    ok: true,
    shown: shownVariables(STAKE_VARIABLES),
    config: {
      accessToken,
      sessionCookie: readVariable('STAKE_SESSION_COOKIE'),
      cfClearance: readVariable('STAKE_CF_CLEARANCE'),
      userAgent: readVariable('STAKE_USER_AGENT'),
      baseUrl: readVariable('STAKE_BASE_URL'),
    },
  };
}
