import type { Tagged } from 'type-fest';

/** A string that is safe to print: the output of {@link mask}. */
export type Masked = Tagged<string, 'Masked'>;

/** Values shorter than this are masked whole, since a prefix and suffix would show most of them. */
export const MASK_MIN_LENGTH = 16;
const KEEP_START = 8;
const KEEP_END = 4;

/**
 * Masks a secret for display: the first 8 and last 4 characters of a value of 16 or more
 * characters (`2775b505…a295`), `****` for anything shorter.
 *
 * @example
 * ```ts
 * mask('2775b505cccaee723e5c705d0c4ba295'); // '2775b505…a295'
 * mask('short');                            // '****'
 * ```
 */
export function mask(value: string | { reveal(): string }): Masked {
  const raw = typeof value === 'string' ? value : value.reveal();
  if (raw.length < MASK_MIN_LENGTH) return '****' as Masked;
  return `${raw.slice(0, KEEP_START)}…${raw.slice(-KEEP_END)}` as Masked;
}

/**
 * Describes a value by its length and first characters, for messages about a malformed
 * secret: enough to spot a pasted prefix, never enough to use.
 *
 * @example
 * ```ts
 * describeSecret('pck_1234567890abcdef'); // '20 characters, starting "pck_"'
 * ```
 */
export function describeSecret(value: string, prefixLength = 4): string {
  const shown = value.length > 2 * prefixLength ? value.slice(0, prefixLength) : '';
  return shown === ''
    ? `${value.length} characters`
    : `${value.length} characters, starting "${shown}"`;
}
