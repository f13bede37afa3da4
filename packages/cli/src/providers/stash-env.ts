import type { StashEnvironment } from '@acme/stash-client';
import { readVariable } from '../env/load-env-file.js';
import { type EnvRead, missing, shownVariables, type VariableSpec } from './env-read.js';

/** The variables `acme-auth` reads for Stash. */
export const STASH_VARIABLES: readonly VariableSpec[] = [
  { name: 'STASH_SHOP_ID', secret: false },
  { name: 'STASH_INGRESS_SECRET', secret: true },
  { name: 'STASH_KEY_ENCODING', secret: false },
  { name: 'STASH_API_KEY', secret: true },
  { name: 'STASH_ENVIRONMENT', secret: false },
  { name: 'STASH_BASE_URL', secret: false },
];

/** HMAC signing (recommended) or the legacy API key. */
export type StashEnvAuth =
  | {
      readonly scheme: 'hmac';
      readonly shopId: string;
      readonly secret: string;
      readonly keyEncoding: string | undefined;
    }
  | { readonly scheme: 'apiKey'; readonly apiKey: string };

/** Stash settings from the environment; the environment or a base URL is required. */
export interface StashEnv {
  readonly auth: StashEnvAuth;
  readonly environment: string | undefined;
  readonly baseUrl: string | undefined;
}

/**
 * Reads Stash's variables: `STASH_SHOP_ID` + `STASH_INGRESS_SECRET` (HMAC, preferred) or
 * `STASH_API_KEY`, and `STASH_ENVIRONMENT` (`test` | `production`) or `STASH_BASE_URL`.
 *
 * @example
 * ```ts
 * const read = readStashEnv();
 * if (read.ok) console.log(read.config.auth.scheme); // 'hmac'
 * ```
 */
export function readStashEnv(): EnvRead<StashEnv> {
  const shopId = readVariable('STASH_SHOP_ID');
  const secret = readVariable('STASH_INGRESS_SECRET');
  const apiKey = readVariable('STASH_API_KEY');
  const environment = readVariable('STASH_ENVIRONMENT');
  const baseUrl = readVariable('STASH_BASE_URL');
  const auth = pickAuth(shopId, secret, apiKey);
  const names = [
    ...(auth === undefined ? ['STASH_SHOP_ID + STASH_INGRESS_SECRET (or STASH_API_KEY)'] : []),
    ...(environment === undefined && baseUrl === undefined
      ? ['STASH_ENVIRONMENT (test or production)']
      : []),
  ];
  if (auth === undefined || names.length > 0) return missing(names, STASH_VARIABLES);
  return {
    ok: true,
    shown: shownVariables(STASH_VARIABLES),
    config: { auth, environment, baseUrl },
  };
}

function pickAuth(
  shopId: string | undefined,
  secret: string | undefined,
  apiKey: string | undefined,
): StashEnvAuth | undefined {
  if (shopId !== undefined && secret !== undefined) {
    return { scheme: 'hmac', shopId, secret, keyEncoding: readVariable('STASH_KEY_ENCODING') };
  }
  if (apiKey !== undefined) return { scheme: 'apiKey', apiKey };
  return undefined;
}

/** The environment name, when it is one the client knows. */
export function stashEnvironment(value: string | undefined): StashEnvironment | undefined {
  return value === 'test' || value === 'production' ? value : undefined;
}
