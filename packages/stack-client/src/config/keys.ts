import { ConfigurationError, describeSecret, Secret } from '@core/auth';
import { PACKAGE_NAME } from '../version.js';

/** The three project keys, and the prefix the real API issues for each where known. */
const KEYS = {
  publishableClientKey: { prefix: 'pck_', label: 'a publishable client key' },
  secretServerKey: { prefix: 'ssk_', label: 'a secret server key' },
  // Research §1 names no prefix for admin keys, so none is required; the others are refused.
  superSecretAdminKey: { prefix: undefined, label: 'a super secret admin key' },
} as const;

/** The name of a project key option. */
export type StackKeyOption = keyof typeof KEYS;

// Prefixes that give away another kind of key (`sak_` is what admin keys look like, e.g.
// in @acme/testing's server; it is recognised, not required).
const KNOWN_PREFIXES: ReadonlyArray<[string, StackKeyOption]> = [
  ['pck_', 'publishableClientKey'],
  ['ssk_', 'secretServerKey'],
  ['sak_', 'superSecretAdminKey'],
];

/**
 * Why `key` cannot be the `option` key, or undefined when it can. Never quotes the key.
 */
function problem(option: StackKeyOption, raw: string): string | undefined {
  const { prefix, label } = KEYS[option];
  if (raw.trim() !== raw || /\s/.test(raw)) {
    return `it contains whitespace (${describeSecret(raw)}). Remove the stray spaces or newline.`;
  }
  if (prefix !== undefined && raw.startsWith(prefix)) return undefined;
  const other = KNOWN_PREFIXES.find(([p, o]) => raw.startsWith(p) && o !== option);
  if (other !== undefined) {
    return `it looks like ${KEYS[other[1]].label} (${describeSecret(raw)}), not ${label}. Pass the key ${prefix === undefined ? 'shown as the super secret admin key' : `that starts with ${prefix}`}.`;
  }
  if (prefix === undefined) return undefined;
  return `it does not start with ${prefix} (${describeSecret(raw)}). Copy ${label} from the Stack dashboard.`;
}

/**
 * True when `key` has the shape of the `option` key.
 *
 * @example
 * ```ts
 * isValidStackKey('secretServerKey', 'ssk_fake_0000'); // true
 * ```
 */
export function isValidStackKey(option: StackKeyOption, key: string | Secret): boolean {
  const raw = Secret.isSecret(key) ? key.reveal() : key;
  return typeof raw === 'string' && raw !== '' && problem(option, raw) === undefined;
}

/**
 * Returns the key as a Secret, or throws a ConfigurationError that describes it by length
 * and prefix, never by value.
 *
 * @example
 * ```ts
 * const key = validateStackKey('secretServerKey', process.env.STACK_SECRET_SERVER_KEY ?? '');
 * ```
 */
export function validateStackKey(option: StackKeyOption, key: unknown): Secret {
  const fail = (why: string): never => {
    throw new ConfigurationError(`${option} is invalid: ${why}`, {
      option,
      provider: PACKAGE_NAME,
    });
  };
  if (!Secret.isSecret(key) && (typeof key !== 'string' || key === '')) {
    return fail(
      `expected a non-empty string or Secret, got ${key === '' ? 'an empty string' : typeof key}. Pass ${KEYS[option].label}.`,
    );
  }
  const secret = Secret.from(key);
  const why = problem(option, secret.reveal());
  return why === undefined ? secret : fail(why);
}
