import { mask, Redactor } from '@core/auth';
import { readVariable } from '../env/load-env-file.js';

const URL_REDACTOR = new Redactor([]);

/** A variable a provider reads, and whether its value is a secret (shown masked). */
export interface VariableSpec {
  readonly name: string;
  readonly secret: boolean;
}

/**
 * A provider's configuration read from the environment, or what is missing. `shown` lists
 * the variables that are set, secrets masked (`2775b505…a295`), safe to print.
 */
export type EnvRead<C> =
  | { readonly ok: true; readonly config: C; readonly shown: Record<string, string> }
  | {
      readonly ok: false;
      /** The variables to set, e.g. `['STASH_SHOP_ID + STASH_INGRESS_SECRET, or STASH_API_KEY']`. */
      readonly missing: readonly string[];
      /** True when none of the provider's variables is set: it is not configured at all. */
      readonly unconfigured: boolean;
      readonly shown: Record<string, string>;
    };

/**
 * The set variables of a provider, secrets masked.
 *
 * @example
 * ```ts
 * shownVariables([{ name: 'STAKE_ACCESS_TOKEN', secret: true }]); // { STAKE_ACCESS_TOKEN: '2775b505…a295' }
 * ```
 */
export function shownVariables(specs: readonly VariableSpec[]): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const { name, secret } of specs) {
    const value = readVariable(name);
    if (value === undefined) continue;
    // A URL may carry user:password or a token in its query: show it as errors do.
    shown[name] = secret
      ? mask(value)
      : name.endsWith('_BASE_URL')
        ? URL_REDACTOR.url(value)
        : value;
  }
  return shown;
}

/**
 * The "missing" half of {@link EnvRead}.
 *
 * @example
 * ```ts
 * return missing(['STAKE_ACCESS_TOKEN'], STAKE_VARIABLES);
 * ```
 */
export function missing<C>(names: readonly string[], specs: readonly VariableSpec[]): EnvRead<C> {
  const shown = shownVariables(specs);
  return { ok: false, missing: names, unconfigured: Object.keys(shown).length === 0, shown };
}
