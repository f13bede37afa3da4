import type { Simplify } from 'type-fest';
import { ConfigurationError } from '../errors/configuration-error.js';
import { describeSecret } from '../secrets/mask.js';
import type { Secret } from '../secrets/secret.js';

/**
 * One credential field's environment variable: its name, or `{ name, optional: true }` for a
 * field the credential can do without.
 *
 * @example
 * ```ts
 * const spec: EnvVarSpec = { name: 'STAKE_SESSION_COOKIE', optional: true };
 * ```
 */
export type EnvVarSpec =
  | string
  | {
      /** The variable's name, e.g. `STAKE_SESSION_COOKIE`. */
      readonly name: string;
      /**
       * When true, a missing variable leaves the field out instead of failing.
       * @default false
       */
      readonly optional?: boolean | undefined;
    };

/**
 * Credential field name to environment variable, as given to `fromEnv`.
 *
 * @example
 * ```ts
 * const map = { accessToken: 'STAKE_ACCESS_TOKEN' } satisfies EnvMap;
 * ```
 */
export type EnvMap = Readonly<Record<string, EnvVarSpec>>;

// A field is optional only when its spec says `optional: true` (or a `boolean` that might be).
type IsOptional<S> = S extends string
  ? false
  : S extends { readonly optional: infer O }
    ? true extends O
      ? true
      : false
    : false;
type OptionalKeys<M> = { [K in keyof M]: IsOptional<M[K]> extends true ? K : never }[keyof M];

/**
 * The credential `fromEnv(map)` yields: a `Secret` per required field, `?: Secret` per
 * optional one.
 *
 * @example
 * ```ts
 * type C = EnvCredential<{ token: 'TOKEN'; cookie: { name: 'COOKIE'; optional: true } }>;
 * // { token: Secret; cookie?: Secret }
 * ```
 */
export type EnvCredential<M extends EnvMap> = Simplify<
  { -readonly [K in Exclude<keyof M, OptionalKeys<M>>]: Secret } & {
    -readonly [K in OptionalKeys<M>]?: Secret;
  }
>;

/** One map entry after validation. */
export interface EnvEntry {
  readonly field: string;
  readonly name: string;
  readonly optional: boolean;
}

// POSIX portable names. Lowercase is legal (http_proxy), so it is allowed.
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Checks a `fromEnv` map and returns its entries; throws ConfigurationError (option `map`). */
export function parseEnvMap(map: EnvMap): EnvEntry[] {
  if (typeof map !== 'object' || map === null || Array.isArray(map)) {
    throw mapError(
      `fromEnv needs a map object, got ${Array.isArray(map) ? 'an array' : typeof map}`,
    );
  }
  const entries = Object.entries(map).map(([field, spec]): EnvEntry => {
    const name = typeof spec === 'string' ? spec : spec?.name;
    const optional = typeof spec === 'object' && spec !== null && spec.optional === true;
    if (typeof name !== 'string' || !VARIABLE_NAME.test(name)) {
      // The bad name is described, not shown: a common slip is pasting the token itself here.
      const shown = typeof name === 'string' ? describeSecret(name) : typeof name;
      throw mapError(`fromEnv map field "${field}" has an invalid variable name (${shown})`);
    }
    return { field, name, optional };
  });
  if (entries.length === 0) throw mapError('fromEnv got an empty map');
  return entries;
}

function mapError(what: string): ConfigurationError {
  return new ConfigurationError(
    `${what}: each field must name an environment variable. Pass e.g. { accessToken: 'STAKE_ACCESS_TOKEN' } (letters, digits and underscores, not starting with a digit).`,
    { option: 'map' },
  );
}
