import { type LoopbackServer, startLoopbackServer } from '@acme/testing';
import { isSdkError } from '@core/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStackClient, createStackServerClient } from '../src/index.js';
import { FAKE_PCK, FAKE_PROJECT_ID, FAKE_SSK } from './fixtures.js';

// Issue 8: methods that take an input object destructured it before checking it, and
// methods checked ids synchronously. The rule, for every method that returns a Promise: bad
// arguments reject it with a typed error, never throw synchronously.

/** Members that return no Promise (`iterateUsers` returns an async iterable). */
const NOT_PROMISES = new Set(['withUser', 'close', 'iterateUsers']);

/** Argument lists a JavaScript caller or parsed config may send. */
const JUNK_ARGS: ReadonlyArray<readonly unknown[]> = [
  [],
  [undefined, undefined, undefined],
  [null, null, null],
  [5, 5, 5],
  ['', '', ''],
  [Symbol('junk'), Symbol('junk'), Symbol('junk')],
  [Object.create(null), Object.create(null), Object.create(null)],
];

/** An unsigned JWT that expires in an hour: enough for withUser, which only reads `exp`. */
function fakeAccessToken(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const exp = Math.floor(Date.now() / 1_000) + 3_600;
  return `${part({ alg: 'ES256' })}.${part({ sub: 'fake-user', exp })}.fake-signature`;
}

let server: LoopbackServer;
beforeAll(async () => {
  // What does get sent gets a plain 404: a typed error, or null from a getter.
  server = await startLoopbackServer({ handler: () => ({ status: 404, body: 'Not found.' }) });
});
afterAll(() => server.close());

const common = () => ({
  projectId: FAKE_PROJECT_ID,
  baseUrl: server.url,
  allowInsecureHttp: true,
  retry: 0,
});
const clients: Record<string, () => object & { close(): void }> = {
  server: () => createStackServerClient({ ...common(), secretServerKey: FAKE_SSK }),
  'server withUser': () =>
    createStackServerClient({ ...common(), secretServerKey: FAKE_SSK }).withUser({
      accessToken: fakeAccessToken(),
    }),
  client: () => createStackClient({ ...common(), publishableClientKey: FAKE_PCK }),
  'client withUser': () =>
    createStackClient({ ...common(), publishableClientKey: FAKE_PCK }).withUser({
      accessToken: fakeAccessToken(),
    }),
};

describe('Stack clients: Promise-returning methods never throw synchronously', () => {
  it.each(Object.keys(clients))('every method of a %s client rejects junk, typed', async (kind) => {
    const build = clients[kind];
    if (build === undefined) throw new Error(`no client ${kind}`);
    const stack = build();
    const methods = Object.keys(stack).filter(
      (name) => typeof Reflect.get(stack, name) === 'function' && !NOT_PROMISES.has(name),
    );
    // Every client has these; the server ones have the object-taking methods of issue 8.
    expect(methods).toEqual(expect.arrayContaining(['getProject', 'verifyAccessToken']));
    if (kind.startsWith('server')) expect(methods).toContain('addTeamMember');
    try {
      for (const name of methods) {
        const method = Reflect.get(stack, name) as (...args: unknown[]) => unknown;
        for (const args of JUNK_ARGS) {
          let returned: unknown;
          expect(() => {
            returned = method(...args);
          }, `${name} threw synchronously`).not.toThrow();
          expect(returned, `${name} returned no Promise`).toBeInstanceOf(Promise);
          const error = await (returned as Promise<unknown>).then(
            () => undefined,
            (e: unknown) => e,
          );
          if (error !== undefined) {
            expect(isSdkError(error), `${name}: ${String(error)}`).toBe(true);
          }
        }
      }
    } finally {
      stack.close();
    }
  });
});
