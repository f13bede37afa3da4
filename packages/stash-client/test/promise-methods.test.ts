import { type LoopbackServer, startLoopbackServer } from '@acme/testing';
import { isSdkError } from '@core/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StashClient } from '../src/index.js';

// Issue 8: `request(5)` threw where callers only await. The rule, for every method that
// returns a Promise: bad arguments reject it with a typed error, never throw synchronously.

/** Methods that return no Promise: `listProducts` checks paging at once, by design. */
const NOT_PROMISES = new Set(['constructor', 'close', 'listProducts']);

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

let server: LoopbackServer;
beforeAll(async () => {
  // What does get sent gets a plain 404: a typed error.
  server = await startLoopbackServer({ handler: () => ({ status: 404, body: 'Not found.' }) });
});
afterAll(() => server.close());

describe('StashClient: Promise-returning methods never throw synchronously', () => {
  const methods = Object.getOwnPropertyNames(StashClient.prototype).filter(
    (name) => !NOT_PROMISES.has(name),
  );

  it('lists the methods it checks (a new method is checked too)', () => {
    expect(methods).toEqual(expect.arrayContaining(['request', 'getPayment', 'getProduct']));
  });

  it.each(methods)('%s rejects junk with a typed error', async (name) => {
    const stash = new StashClient({
      baseUrl: server.url,
      allowInsecureHttp: true,
      auth: { hmac: { shopId: '00000000-0000-4000-8000-00000000fa4e', secret: 'fake-secret-0' } },
      retry: 0,
    });
    const method = Reflect.get(stash, name) as (...args: unknown[]) => unknown;
    try {
      for (const args of JUNK_ARGS) {
        let returned: unknown;
        expect(() => {
          returned = method.apply(stash, [...args]);
        }, `${name} threw synchronously`).not.toThrow();
        expect(returned, `${name} returned no Promise`).toBeInstanceOf(Promise);
        const error = await (returned as Promise<unknown>).then(
          () => undefined,
          (e: unknown) => e,
        );
        if (error !== undefined) expect(isSdkError(error), `${name}: ${String(error)}`).toBe(true);
      }
    } finally {
      stash.close();
    }
  });
});
