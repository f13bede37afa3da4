import { type LoopbackServer, startLoopbackServer } from '@acme/testing';
import { isSdkError } from '@core/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StakeAuth, StakeClient } from '../src/index.js';
import { FAKE_TOKEN } from './helpers.js';

// Issue 8's rule, for every method that returns a Promise: bad arguments reject it with a
// typed error, never throw synchronously, and never crash it with a TypeError.

/** Members that return no Promise. */
const NOT_PROMISES = new Set([
  'constructor',
  'close',
  'toJSON',
  // StakeAuth's synchronous setters and checks.
  'setAccessToken',
  'setSessionCookie',
  'setCfClearance',
  'clearTokens',
  'isTokenExpired',
  'headersFor',
  'invalidate',
]);

/** Argument lists a JavaScript caller or parsed config may send. */
const JUNK_ARGS: ReadonlyArray<readonly unknown[]> = [
  [],
  [undefined, undefined],
  [null, null],
  [5, 5],
  ['', ''],
  [Symbol('junk'), Symbol('junk')],
  [Object.create(null), Object.create(null)],
];

let server: LoopbackServer;
beforeAll(async () => {
  // What does get sent gets a plain 404: a typed error.
  server = await startLoopbackServer({ handler: () => ({ status: 404, body: 'Not found.' }) });
});
afterAll(() => server.close());

/** The prototype's methods that return a Promise (a new one is checked too). */
function promiseMethods(prototype: object): string[] {
  return Object.getOwnPropertyNames(prototype).filter((name) => {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
    return typeof descriptor?.value === 'function' && !NOT_PROMISES.has(name);
  });
}

async function expectRejectsTyped(target: object, name: string): Promise<void> {
  const method = Reflect.get(target, name) as (...args: unknown[]) => unknown;
  for (const args of JUNK_ARGS) {
    let returned: unknown;
    expect(() => {
      returned = method.apply(target, [...args]);
    }, `${name} threw synchronously`).not.toThrow();
    expect(returned, `${name} returned no Promise`).toBeInstanceOf(Promise);
    const error = await (returned as Promise<unknown>).then(
      () => undefined,
      (e: unknown) => e,
    );
    if (error !== undefined) expect(isSdkError(error), `${name}: ${String(error)}`).toBe(true);
  }
}

describe('Stake: Promise-returning methods never throw synchronously', () => {
  const clientMethods = promiseMethods(StakeClient.prototype);
  const authMethods = promiseMethods(StakeAuth.prototype);

  it('lists the methods it checks', () => {
    expect(clientMethods).toEqual(expect.arrayContaining(['graphql', 'getUserBalances']));
    expect(authMethods).toEqual(expect.arrayContaining(['getCredential', 'getAuthHeaders']));
  });

  it.each(clientMethods)('StakeClient.%s rejects junk, typed', async (name) => {
    const stake = new StakeClient({
      baseUrl: server.url,
      allowInsecureHttp: true,
      accessToken: FAKE_TOKEN,
      rateLimit: false,
      retry: 0,
    });
    try {
      await expectRejectsTyped(stake, name);
    } finally {
      stake.close();
    }
  });

  it.each(authMethods)('StakeAuth.%s rejects junk, typed', async (name) => {
    await expectRejectsTyped(new StakeAuth({ accessToken: FAKE_TOKEN }), name);
  });
});
