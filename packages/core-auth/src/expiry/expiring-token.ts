import { ConfigurationError } from '../errors/configuration-error.js';
import { describeValue } from '../errors/describe-value.js';
import { Secret } from '../secrets/secret.js';

/** How long before its expiry a token already counts as expired: 300 seconds, as in Stake's AuthManager. */
export const DEFAULT_EXPIRY_SKEW_SECONDS = 300;

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** Options of {@link ExpiringToken}. */
export interface ExpiringTokenOptions {
  /**
   * The time now, in epoch milliseconds; tests pass a fake.
   * @default Date.now
   */
  clock?: (() => number) | undefined;
}

/** Options of {@link ExpiringToken.set}. */
export interface SetTokenOptions {
  /**
   * Seconds until the token expires; `0` means already expired. Leave it out when the expiry
   * is unknown: that also clears the previous token's expiry.
   * @default undefined (no known expiry)
   */
  expiresIn?: number | undefined;
}

/** Options of {@link ExpiringToken.isExpired}. */
export interface IsExpiredOptions {
  /**
   * Seconds before the expiry from which the token counts as expired, so a request does not
   * leave with a token that runs out on the way.
   * @default DEFAULT_EXPIRY_SKEW_SECONDS (300)
   */
  skewSeconds?: number | undefined;
}

/**
 * A token and when it expires: Stake's `AuthManager` rules, with its bugs fixed (research
 * stake.md §1.6): `expiresIn: 0` means expired (upstream ignored a falsy 0), and setting a
 * token without `expiresIn` clears the old token's expiry (upstream kept it). Printing the
 * instance, or `JSON.stringify`, never shows the token.
 *
 * @example
 * ```ts
 * const token = new ExpiringToken();
 * token.set('fake-access-token-0000', { expiresIn: 3_600 });
 * token.isExpired();                     // false: more than 300 s left
 * token.isExpired({ skewSeconds: 3_600 }); // true
 * ```
 */
export class ExpiringToken {
  readonly #clock: () => number;
  #token: Secret | undefined;
  #expiresAt: number | undefined;

  // `?? {}` on every options bag: JavaScript callers pass null for "no options".
  constructor(options: ExpiringTokenOptions = {}) {
    const clock = options?.clock ?? Date.now;
    if (typeof clock !== 'function') {
      throw new ConfigurationError(
        `clock must be a function returning epoch milliseconds, got ${describeValue(clock)}: pass e.g. () => Date.now(), or leave it out.`,
        { option: 'clock' },
      );
    }
    this.#clock = clock;
  }

  /** The token, or undefined when none is set. */
  get value(): Secret | undefined {
    return this.#token;
  }

  /** When the token expires, in epoch milliseconds; undefined when unknown or no token. */
  get expiresAt(): number | undefined {
    return this.#expiresAt;
  }

  /** Stores a token, replacing the previous one and its expiry. */
  set(token: string | Secret, options: SetTokenOptions = {}): void {
    const { expiresIn } = options ?? {};
    if (expiresIn !== undefined && (!Number.isFinite(expiresIn) || expiresIn < 0)) {
      throw new ConfigurationError(
        `expiresIn must be a finite number of seconds, 0 or more, got ${describeValue(expiresIn)}: pass the token's lifetime in seconds, or leave it out when unknown.`,
        { option: 'expiresIn' },
      );
    }
    this.#token = Secret.from(token);
    this.#expiresAt = expiresIn === undefined ? undefined : this.#clock() + expiresIn * 1_000;
  }

  /**
   * True when the token should not be used: there is no token (nothing usable), or its
   * expiry is known and is less than `skewSeconds` away. A token with no known expiry is
   * never expired.
   */
  isExpired(options: IsExpiredOptions = {}): boolean {
    const skewSeconds = options?.skewSeconds ?? DEFAULT_EXPIRY_SKEW_SECONDS;
    if (!Number.isFinite(skewSeconds) || skewSeconds < 0) {
      throw new ConfigurationError(
        `skewSeconds must be a finite number of seconds, 0 or more, got ${describeValue(skewSeconds)}: pass e.g. 300.`,
        { option: 'skewSeconds' },
      );
    }
    if (this.#token === undefined) return true;
    if (this.#expiresAt === undefined) return false;
    return this.#clock() >= this.#expiresAt - skewSeconds * 1_000;
  }

  /** Forgets the token and its expiry. */
  clear(): void {
    this.#token = undefined;
    this.#expiresAt = undefined;
  }

  /** What logs may show: whether a token is set and its expiry, never the token. */
  toJSON(): { hasToken: boolean; expiresAt: number | undefined } {
    return { hasToken: this.#token !== undefined, expiresAt: this.#expiresAt };
  }

  [INSPECT](): string {
    const expiry =
      this.#expiresAt === undefined ? 'unknown' : new Date(this.#expiresAt).toISOString();
    return `ExpiringToken { value: ${this.#token === undefined ? 'none' : `Secret(${this.#token.masked})`}, expiresAt: ${expiry} }`;
  }
}
