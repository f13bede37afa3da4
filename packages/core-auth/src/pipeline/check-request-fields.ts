import { describeValue } from '../errors/describe-value.js';
import { Secret } from '../secrets/secret.js';
import type { ResponseSchema } from './pipeline-options.js';

// The request fields the pipeline only touches later (a schema after the response, a signal
// in CallScope, secrets in the redactor), where a wrong type crashed with a TypeError, the
// schema one after the request had already gone out. Checked here, before any I/O.

type Fail = (option: string, why: string) => never;

/** A schema with a `safeParse` method (zod, valibot's adapters, a hand-written one), or none. */
export function checkSchema(schema: unknown, fail: Fail): ResponseSchema<unknown> | undefined {
  if (schema === undefined) return undefined;
  const safeParse = (schema as { safeParse?: unknown } | null)?.safeParse;
  if (
    (typeof schema !== 'object' && typeof schema !== 'function') ||
    typeof safeParse !== 'function'
  ) {
    return fail(
      'schema',
      `must have a safeParse(data) method, as a zod schema does: got ${describeValue(schema)}.`,
    );
  }
  return schema as ResponseSchema<unknown>;
}

/**
 * An AbortSignal, or none. Checked by shape, not `instanceof`: a signal from another realm
 * (jsdom in a test runner, a polyfill) works with the pipeline, which only reads `aborted`
 * and `reason` and listens for `abort`.
 */
export function checkSignal(signal: unknown, fail: Fail): AbortSignal | undefined {
  if (signal === undefined) return undefined;
  const shape = signal as Partial<
    Record<'aborted' | 'addEventListener' | 'removeEventListener', unknown>
  > | null;
  if (
    typeof signal !== 'object' ||
    typeof shape?.aborted !== 'boolean' ||
    typeof shape.addEventListener !== 'function' ||
    typeof shape.removeEventListener !== 'function'
  ) {
    return fail(
      'signal',
      `must be an AbortSignal, such as controller.signal or AbortSignal.timeout(5_000): got ${describeValue(signal)}.`,
    );
  }
  return signal as AbortSignal;
}

/** The declared secrets as strings: an array of strings or Secrets, or none. */
export function revealSecrets(secrets: unknown, fail: Fail): string[] {
  if (secrets === undefined) return [];
  if (!Array.isArray(secrets)) {
    return fail(
      'secrets',
      `must be an array of the strings or Secrets this request sends: got ${describeValue(secrets)}.`,
    );
  }
  return secrets.map((secret: unknown, i) => {
    if (typeof secret === 'string') return secret;
    if (Secret.isSecret(secret)) return secret.reveal();
    return fail(`secrets[${i}]`, `must be a string or a Secret: got ${describeValue(secret)}.`);
  });
}

/** A boolean, or none: a truthy string such as "false" would retry a call that charges. */
export function checkIdempotent(idempotent: unknown, fail: Fail): boolean | undefined {
  if (idempotent === undefined || typeof idempotent === 'boolean') return idempotent;
  return fail(
    'idempotent',
    `must be true or false: got ${describeValue(idempotent, { showStrings: true })}.`,
  );
}
