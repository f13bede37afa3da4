/** Where errors from code outside any provider package say they come from. */
export const CORE_PROVIDER = '@core/auth';

// A registry-wide symbol, so two copies of @core/auth in one process (a monorepo with
// duplicate installs, a bundled CJS copy) still recognise each other's errors.
const KINDS = Symbol.for('@core/auth/error-kinds');

/** What every SDK error is built from. */
export interface SdkErrorOptions {
  /** The package the error belongs to, e.g. `@acme/stack-client`; it prefixes the message. */
  provider?: string | undefined;
  /** A stable machine-readable code; defaults to the class's own code. */
  code?: string | undefined;
  /** The underlying error. It must already be free of secrets. */
  cause?: unknown;
  /**
   * `false` when another attempt cannot help (a challenge page, a refused bet), so the
   * pipeline does not retry it whatever its status. Never makes a call that could charge
   * twice retryable.
   */
  retryable?: boolean | undefined;
}

type ErrorClass = abstract new (...args: never[]) => SdkError;

/**
 * The base of every error this SDK throws. Its message reads
 * `[@acme/stack-client] what happened: why. How to fix.` and never holds a secret.
 *
 * @example
 * ```ts
 * try { await client.listUsers(); }
 * catch (error) {
 *   if (isSdkError(error)) console.error(error.code, error.message);
 * }
 * ```
 */
export class SdkError extends Error {
  /** The stable class name used by the cross-copy `is()` guards. */
  static readonly kind: string = 'SdkError';
  /** The code used when none is given. */
  static readonly defaultCode: string = 'sdk_error';

  /** A stable machine-readable code such as `rate_limited` or Stack's `ACCESS_TOKEN_EXPIRED`. */
  readonly code: string;
  /** The package that raised the error. */
  readonly provider: string;
  /** `false` when the adapter judged that retrying cannot help; otherwise undefined. */
  readonly retryable: boolean | undefined;

  constructor(message: string, options: SdkErrorOptions = {}) {
    const provider = options.provider ?? CORE_PROVIDER;
    super(`[${provider}] ${message}`, options.cause === undefined ? {} : { cause: options.cause });
    const ctor = new.target as unknown as typeof SdkError;
    Object.defineProperty(this, 'name', {
      value: ctor.kind,
      enumerable: false,
      configurable: true,
    });
    Object.defineProperty(this, KINDS, { value: kindsOf(ctor), enumerable: false });
    this.code = options.code ?? ctor.defaultCode;
    this.provider = provider;
    this.retryable = options.retryable;
  }

  /**
   * True when `value` is an instance of this class (or a subclass), even from another copy
   * of the package, where `instanceof` would say no.
   *
   * @example
   * ```ts
   * if (RateLimitError.is(error)) await sleep(error.retryAfterMs ?? 1_000);
   * ```
   */
  static is<T extends ErrorClass>(this: T, value: unknown): value is InstanceType<T> {
    const kinds = (value as { [KINDS]?: unknown } | null | undefined)?.[KINDS];
    // `this` is the class is() was called on (RateLimitError.is), not SdkError.
    // biome-ignore lint/complexity/noThisInStatic: the guard is polymorphic on purpose.
    const kind = (this as unknown as typeof SdkError).kind;
    return Array.isArray(kinds) && kinds.includes(kind);
  }

  /** A plain object for structured loggers: the enumerable fields, all already redacted. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, ...Object.fromEntries(Object.entries(this)) };
  }
}

function kindsOf(ctor: typeof SdkError): string[] {
  const kinds: string[] = [];
  for (
    let c: unknown = ctor;
    typeof c === 'function' && c !== Error;
    c = Object.getPrototypeOf(c)
  ) {
    if (Object.hasOwn(c, 'kind')) kinds.push((c as typeof SdkError).kind);
  }
  return kinds;
}

/**
 * True for any error thrown by this SDK, whichever copy of the package threw it.
 *
 * @example
 * ```ts
 * catch (error) { if (!isSdkError(error)) throw error; log.warn(error.toJSON()); }
 * ```
 */
export function isSdkError(value: unknown): value is SdkError {
  return SdkError.is(value);
}
