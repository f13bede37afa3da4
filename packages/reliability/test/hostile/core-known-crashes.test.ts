import { type LoopbackServer, startLoopbackServer } from '@acme/testing';
import { createPipeline, ExpiringToken, fromEnv, parseRetryAfter } from '@core/auth';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { bareObject, expectTyped } from '../support-leaks/settle.js';

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer({ handler: () => ({ json: { ok: true } }) });
});
afterAll(() => server.close());

// Known crashes (reported, not fixed here: core src belongs to the lead). Each is a plain
// TypeError from an exported API fed a value its type forbids; JavaScript callers, parsed
// config files and `as any` still send them.
describe('known crashes on junk', () => {
  const pipeline = () => createPipeline({ baseUrl: server.url, allowInsecureHttp: true, retry: 0 });

  // Fix: every message that quotes a bad value goes through one `describeValue(v)` that
  // never throws (typeof, then String() inside try), in validate-options.ts and
  // prepare-request.ts (timeoutMs, deadlineMs, method, responseType, provider).
  it.fails('a prototype-less object as timeoutMs is a ConfigurationError', async () => {
    await expectTyped(
      () => pipeline().request({ method: 'GET', path: '/x', timeoutMs: bareObject() as never }),
      server,
    );
  });

  // Fix: validate-options.ts checks provider and requestIdHeader are non-empty strings and
  // safeHeaders an array of strings, and throws ConfigurationError.
  it.fails('requestIdHeader: 5 or safeHeaders: "x" is a ConfigurationError', async () => {
    await expectTyped(() =>
      createPipeline({ baseUrl: server.url, allowInsecureHttp: true, requestIdHeader: 5 as never }),
    );
    await expectTyped(() =>
      createPipeline({ baseUrl: server.url, allowInsecureHttp: true, safeHeaders: 'x' as never }),
    );
  });

  // Fix: prepare-request.ts checks `schema` has a safeParse function, `signal` is an
  // AbortSignal, `searchParams` is an object or URLSearchParams (not null), and `secrets` is
  // an array of strings or Secrets, each with ConfigurationError({ option }).
  it.fails('request({ schema: 1 }) is a ConfigurationError before any I/O', async () => {
    await expectTyped(
      () => pipeline().request({ method: 'GET', path: '/x', schema: 1 as never }),
      server,
    );
  });
  it.fails('request({ signal: {} }) is a ConfigurationError', async () => {
    await expectTyped(
      () => pipeline().request({ method: 'GET', path: '/x', signal: {} as never }),
      server,
    );
  });
  it.fails('request({ searchParams: null }) is a ConfigurationError', async () => {
    await expectTyped(
      () => pipeline().request({ method: 'GET', path: '/x', searchParams: null as never }),
      server,
    );
  });
  it.fails('request({ secrets: 0 }) is a ConfigurationError', async () => {
    await expectTyped(
      () => pipeline().request({ method: 'GET', path: '/x', secrets: 0 as never }),
      server,
    );
  });

  // Fix: expiring-token.ts defaults `options ?? {}` in the constructor, set() and isExpired().
  it.fails('ExpiringToken with null options is a ConfigurationError or works', async () => {
    await expectTyped(() => new ExpiringToken().set('fake-token', null as never));
  });

  // Fix: retry-after.ts returns undefined when `typeof value !== 'string'`.
  it.fails('parseRetryAfter(0) is undefined or a typed error', async () => {
    await expectTyped(() => parseRetryAfter(0 as never));
  });

  // Fix: from-env.ts checks `typeof envFile === 'string' && envFile !== ''` and throws
  // ConfigurationError({ option: 'envFile' }) before process.loadEnvFile.
  it.fails('fromEnv(map, { envFile: 5 }) is a ConfigurationError', async () => {
    await expectTyped(() => fromEnv({ a: 'FAKE_X' }, { envFile: 5 as never }).getCredential());
  });
});
