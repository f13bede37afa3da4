import { type LoopbackServer, startLoopbackServer } from '@acme/testing';
import {
  createPipeline,
  describeValue,
  ExpiringToken,
  fromEnv,
  jwtExpiry,
  parseRetryAfter,
  Secret,
} from '@core/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectConfigError } from '../support-hostile/expect-config-error.js';
import { bareObject, expectTyped } from '../support-leaks/settle.js';

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer({ handler: () => ({ json: { ok: true } }) });
});
afterAll(() => server.close());

// Crashes the hostile-input properties found, each reduced to one case and kept as a
// regression test now that core checks these values. Each was a plain TypeError from an
// exported API fed a value its type forbids; JavaScript callers, parsed config files and
// `as any` still send them. Core's own tests pin the messages
// (packages/core-auth/test/pipeline/junk-options.test.ts and friends).
describe('core crashes on junk, now typed errors', () => {
  const pipeline = () => createPipeline({ baseUrl: server.url, allowInsecureHttp: true, retry: 0 });

  // Was: String() of the value, in the message, threw. Messages now quote bad values through
  // describeValue(), which never throws.
  it('a prototype-less object as timeoutMs is a ConfigurationError', async () => {
    await expectConfigError(
      () => pipeline().request({ method: 'GET', path: '/x', timeoutMs: bareObject() as never }),
      'timeoutMs',
      server,
    );
  });

  // Was: `.toLowerCase()` of a non-string. check-adapter-options.ts now checks them.
  it('requestIdHeader: 5 or safeHeaders: "x" is a ConfigurationError', async () => {
    await expectConfigError(
      () =>
        createPipeline({
          baseUrl: server.url,
          allowInsecureHttp: true,
          requestIdHeader: 5 as never,
        }),
      'requestIdHeader',
    );
    await expectConfigError(
      () =>
        createPipeline({ baseUrl: server.url, allowInsecureHttp: true, safeHeaders: 'x' as never }),
      'safeHeaders',
    );
  });

  // Was: a TypeError where the value was first used, the schema's only after the request
  // had gone out. check-request-fields.ts and base-url.ts now check them before any I/O.
  it('request({ schema: 1 }) is a ConfigurationError before any I/O', async () => {
    await expectConfigError(
      () => pipeline().request({ method: 'GET', path: '/x', schema: 1 as never }),
      'schema',
      server,
    );
  });
  it('request({ signal: {} }) is a ConfigurationError', async () => {
    await expectConfigError(
      () => pipeline().request({ method: 'GET', path: '/x', signal: {} as never }),
      'signal',
      server,
    );
  });
  it('request({ searchParams: null }) is a ConfigurationError', async () => {
    await expectConfigError(
      () => pipeline().request({ method: 'GET', path: '/x', searchParams: null as never }),
      'searchParams',
      server,
    );
  });
  it('request({ secrets: 0 }) is a ConfigurationError', async () => {
    await expectConfigError(
      () => pipeline().request({ method: 'GET', path: '/x', secrets: 0 as never }),
      'secrets',
      server,
    );
  });

  // Was: destructuring null. ExpiringToken now reads `options ?? {}` everywhere.
  it('ExpiringToken with null options works as with none', async () => {
    const settled = await expectTyped(() => {
      const token = new ExpiringToken(null as never);
      token.set('fake-token', null as never);
      return token.isExpired(null as never);
    });
    expect(settled).toEqual({ kind: 'ok', value: false });
  });

  // Was: `.trim()` of a number. Anything but a string now reads as no Retry-After.
  it('parseRetryAfter(0) is undefined', async () => {
    const settled = await expectTyped(() => parseRetryAfter(0 as never));
    expect(settled).toEqual({ kind: 'ok', value: undefined });
  });

  // Was: path.resolve(5) on the first getCredential. fromEnv now checks envFile up front.
  it('fromEnv(map, { envFile: 5 }) is a ConfigurationError', async () => {
    await expectConfigError(
      () => fromEnv({ a: 'FAKE_X' }, { envFile: 5 as never }).getCredential(),
      'envFile',
    );
  });

  // Was: `in` on a revoked proxy, in Secret.isSecret, threw. A revoked proxy is not in the
  // properties' junk yet: option readers, `await` and zod parses all still throw on one.
  it('a revoked proxy given to Secret.from, jwtExpiry, parseRetryAfter: typed or no answer', async () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    await expectConfigError(() => Secret.from(proxy as never), 'secret');
    await expectTyped(() => jwtExpiry(proxy as never));
    expect(await expectTyped(() => parseRetryAfter(proxy as never))).toEqual({
      kind: 'ok',
      value: undefined,
    });
    expect(describeValue(proxy)).toBe('a value that cannot be inspected');
  });
});
