import { ApiError, type ApiErrorInit } from '@core/auth';

// Why two hierarchies, and how both work (the design choice):
// Stack's known errors form a tree that is not sorted by status (research §2: the
// `API_KEY_NOT_VALID` family holds a 400, two 401s and a 404). Our callers also rely on the
// core classes by status: the pipeline refreshes only an `AuthenticationError`, retries a
// 5xx `ServerError`. JavaScript has one prototype chain, so:
// - the prototype chain follows the status: each concrete error extends the core class for
//   its status (through one thin `Stack…` base per status), so `AuthenticationError.is(e)`,
//   `instanceof AuthenticationError` and the pipeline all see a 401 as a 401;
// - Stack's tree is carried by a brand: every known error holds the list of Stack classes it
//   belongs to (its own, its families, `StackKnownError`), under a registry-wide symbol.
//   `StackKnownError.is`, every family's `is` and `instanceof` (via Symbol.hasInstance)
//   read it, so `InvalidAccessTokenError.is(e)` holds for `ACCESS_TOKEN_EXPIRED` even across
//   duplicate copies of this package.
const STACK_KINDS = Symbol.for('@acme/stack-client/known-error-kinds');

/** What a Stack known error is built from: the response's init plus Stack's code and details. */
export interface StackKnownErrorInit extends ApiErrorInit {
  /** The `x-stack-known-error` code, e.g. `ACCESS_TOKEN_EXPIRED`. */
  code: string;
  /** The `details` object of the body, as sent (snake_case); undefined when absent. */
  details?: unknown;
  /** The server's own message (`error`, or `message`), already redacted. */
  serverMessage?: string | undefined;
}

/** A Stack error class: its kind and the Stack families above it, nearest first. */
export interface StackClassInfo {
  readonly kind: string;
  readonly stackFamilies?: readonly string[];
  readonly expiresCredential?: boolean;
}

function brand(error: object, ctor: StackClassInfo): void {
  const kinds = [ctor.kind, ...(ctor.stackFamilies ?? []), 'StackKnownError'];
  Object.defineProperty(error, STACK_KINDS, { value: [...new Set(kinds)], enumerable: false });
}

/** True when `value` carries the Stack kind of `ctor`. */
export function hasStackKind(ctor: { readonly kind: string }, value: unknown): boolean {
  const kinds = (value as { [STACK_KINDS]?: unknown } | null | undefined)?.[STACK_KINDS];
  return Array.isArray(kinds) && kinds.includes(ctor.kind);
}

type ErrorClass = abstract new (...args: never[]) => object;

/**
 * A Stack known error: a response with `x-stack-known-error` (research §2). `code` is Stack's
 * code, `details` its typed details, `serverMessage` the server's `error` text. Concrete
 * errors also extend the core class of their status (`AuthenticationError` for 401, …);
 * a code this version does not know arrives as the status's generic Stack class.
 *
 * @example
 * ```ts
 * catch (error) {
 *   if (StackKnownError.is(error)) console.error(error.code, error.details, error.requestId);
 * }
 * ```
 */
export class StackKnownError extends ApiError {
  static override readonly kind: string = 'StackKnownError';
  static override readonly defaultCode: string = 'STACK_KNOWN_ERROR';
  /** The Stack families this class belongs to, nearest first. */
  static readonly stackFamilies: readonly string[] = [];
  declare readonly code: string;
  /** Stack's `details` object, as sent (snake_case keys). */
  readonly details: unknown;
  /** The server's message, from `error` (or `message` as a fallback). */
  readonly serverMessage: string | undefined;

  constructor(message: string, init: StackKnownErrorInit) {
    super(message, init);
    this.details = init.details;
    this.serverMessage = init.serverMessage;
    brand(this, new.target as unknown as StackClassInfo);
  }

  /**
   * True for an error of this Stack class or any class below it in Stack's tree, from any
   * copy of this package.
   *
   * @example
   * ```ts
   * if (InvalidAccessTokenError.is(error)) await signInAgain();
   * ```
   */
  static override is<T extends ErrorClass>(this: T, value: unknown): value is InstanceType<T> {
    // biome-ignore lint/complexity/noThisInStatic: the guard is polymorphic on purpose, like core's.
    return hasStackKind(this as unknown as StackClassInfo, value);
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: instanceof must use the class it was asked about.
    return hasStackKind(this as unknown as StackClassInfo, value);
  }
}

/** Shared by the status bases, which cannot extend StackKnownError itself. */
export function initStack(
  error: { details: unknown; serverMessage: string | undefined },
  init: StackKnownErrorInit,
  ctor: unknown,
): void {
  error.details = init.details;
  error.serverMessage = init.serverMessage;
  brand(error, ctor as StackClassInfo);
}
