import type { LoopbackServer } from '@acme/testing';
import { ConfigurationError, isSdkError } from '@core/auth';
import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * Generous: a hostile-input call that settles at all does so in microseconds (it fails
 * before any I/O) or in one loopback round trip. Not a speed check, a hang detector.
 */
export const HANG_LIMIT_MS = 5_000;

/** How a call ended: returned, threw (sync or async), or never settled. */
export type Settled =
  | { kind: 'ok'; value: unknown }
  | { kind: 'error'; error: unknown }
  | { kind: 'hang' };

/** Runs `run`, catching sync throws too, and gives up after {@link HANG_LIMIT_MS}. */
export async function settle(run: () => unknown): Promise<Settled> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<Settled>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'hang' }), HANG_LIMIT_MS);
  });
  const result = (async (): Promise<Settled> => {
    try {
      return { kind: 'ok', value: await run() };
    } catch (error) {
      return { kind: 'error', error };
    }
  })();
  try {
    return await Promise.race([result, hang]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The hostile-input contract: the call settles; if it throws, the error is an SdkError
 * (never a TypeError or RangeError crash); and a ConfigurationError means nothing was sent.
 * Returns the outcome for further checks.
 */
export async function expectTyped(run: () => unknown, server?: LoopbackServer): Promise<Settled> {
  server?.reset();
  const settled = await settle(run);
  expect(settled.kind, 'the call never settled').not.toBe('hang');
  if (settled.kind === 'error') {
    const { error } = settled;
    expect(
      isSdkError(error),
      `a non-SDK error escaped: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    ).toBe(true);
    if (server !== undefined && ConfigurationError.is(error)) {
      expect(server.requests, 'a ConfigurationError after network I/O').toHaveLength(0);
    }
  }
  return settled;
}

/** An object without a prototype, as JSON parsers with `__proto__` protection return. */
export const bareObject = (): object => Object.create(null) as object;

/**
 * Junk of every JavaScript shape, weighted toward the values that break number and string
 * code. Symbols and objects without a prototype ({@link bareObject}, bare or with keys) are
 * in: String() of either throws, which once crashed messages that quoted the bad value (they
 * now go through describeValue). fc.anything() yields neither, so they are added here.
 *
 * A revoked proxy is not, for two reasons. fast-check itself asks every generated value
 * `cloneMethod in value`, which throws for one; and every property read, `await` or zod
 * parse of one throws, a long tail in the clients tracked on its own (core-crash-regressions).
 */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true }),
  fc.string(),
  fc.double(),
  fc.integer(),
  fc.bigInt(),
  fc.string().map((description) => Symbol(description)),
  fc.constant(null).map(bareObject),
  fc
    .dictionary(fc.string(), fc.anything({ withBigInt: true }), { maxKeys: 4 })
    .map((entries) => Object.assign(bareObject(), entries)),
  fc.constantFrom(
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    -1,
    2 ** 31,
    Number.MAX_SAFE_INTEGER,
    '',
    ' ',
    '\n',
    '0',
    '-1',
    '1e400',
    'NaN',
    '__proto__',
    'constructor',
    () => 'junk',
    [],
    {},
  ),
);

/** Junk strings only: for parameters typed as string. */
export const junkString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom(...'./%?#:@\\ \n\t\u0000é🔑'), maxLength: 20 }),
  fc.webUrl(),
  fc.constantFrom(
    '',
    ' ',
    '..',
    '../../etc/passwd',
    '%',
    '%zz',
    '//evil.test',
    'http://',
    'javascript:alert(1)',
  ),
);
