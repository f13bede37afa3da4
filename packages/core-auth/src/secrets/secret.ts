import { timingSafeEqual } from 'node:crypto';
import { ConfigurationError } from '../errors/configuration-error.js';
import { type Masked, mask } from './mask.js';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');
const SECRET_BRAND = Symbol.for('@core/auth/secret');

/**
 * A token, key or cookie that never prints. `String(secret)`, template literals,
 * `JSON.stringify` and `util.inspect` show only the mask (`2775b505…a295`); `.reveal()`
 * gives the value, and is the one place to look for in a review.
 *
 * @example
 * ```ts
 * const token = Secret.from(process.env.STAKE_ACCESS_TOKEN ?? '');
 * console.log(`using ${token}`);              // using 2775b505…a295
 * headers['x-access-token'] = token.reveal();
 * ```
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    if (typeof value !== 'string' || value.length === 0) {
      throw new ConfigurationError(
        `A secret must be a non-empty string, got ${value === '' ? 'an empty string' : typeof value}: pass the token or key itself.`,
        { option: 'secret' },
      );
    }
    this.#value = value;
    Object.defineProperty(this, SECRET_BRAND, { value: true });
  }

  /**
   * Wraps a string, or returns a Secret unchanged.
   *
   * @example
   * ```ts
   * const key = Secret.from('ssk_fake_0000000000000000');
   * ```
   */
  static from(value: string | Secret): Secret {
    return Secret.isSecret(value) ? value : new Secret(value);
  }

  /** True for a Secret from any copy of this package. Never throws. */
  static isSecret(value: unknown): value is Secret {
    if (typeof value !== 'object' || value === null) return false;
    try {
      return SECRET_BRAND in value;
    } catch {
      // A revoked proxy throws on `in`; a guard that throws turns bad input into a crash.
      return false;
    }
  }

  /** The value itself. Use it only where it leaves for the wire. */
  reveal(): string {
    return this.#value;
  }

  /** The masked form, safe to print. */
  get masked(): Masked {
    return mask(this.#value);
  }

  /** The value's length, which is safe to show. */
  get length(): number {
    return this.#value.length;
  }

  /** Compares in constant time, so a timing attack learns nothing. */
  equals(other: string | Secret): boolean {
    const a = Buffer.from(this.#value);
    const b = Buffer.from(Secret.isSecret(other) ? other.reveal() : other);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  toString(): string {
    return this.masked;
  }

  toJSON(): string {
    return this.masked;
  }

  [Symbol.toPrimitive](): string {
    return this.masked;
  }

  [INSPECT](): string {
    return `Secret(${this.masked})`;
  }
}
