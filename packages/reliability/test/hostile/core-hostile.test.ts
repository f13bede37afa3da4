import { type LoopbackServer, startLoopbackServer } from '@acme/testing';
import {
  createPipeline,
  ExpiringToken,
  fromEnv,
  jwtExpiry,
  type PipelineOptions,
  type PipelineRequest,
  parseRetryAfter,
  Secret,
  staticCredential,
} from '@core/auth';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectTyped, junk, junkString } from '../support-leaks/settle.js';

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer({ handler: () => ({ json: { ok: true } }) });
});
afterAll(() => server.close());

const RUNS = 300;

/** A record where each key is absent or junk. */
const junkFields = <K extends string>(
  keys: readonly K[],
): fc.Arbitrary<Partial<Record<K, unknown>>> =>
  fc.record(Object.fromEntries(keys.map((k) => [k, junk])) as Record<K, fc.Arbitrary<unknown>>, {
    requiredKeys: [],
  });

// The options a user sets, and those for adapter authors (`provider` on).
const OPTION_KEYS = [
  'baseUrl',
  'allowInsecureHttp',
  'timeoutMs',
  'deadlineMs',
  'retry',
  'hooks',
  'fetch',
  'userAgent',
  'provider',
  'requestIdHeader',
  'safeHeaders',
  'mapError',
] as const;
const REQUEST_KEYS = [
  'method',
  'path',
  'headers',
  'json',
  'body',
  'idempotent',
  'timeoutMs',
  'deadlineMs',
  'responseType',
  'schema',
  'signal',
  'secrets',
] as const;

describe('createPipeline and request() on junk: a typed error before any I/O, or a call', () => {
  it('junk options, then a junk request (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        junkFields(OPTION_KEYS),
        fc.oneof(junkString, fc.constant('https://api.example.test')),
        junkFields(REQUEST_KEYS),
        fc.oneof(fc.constant(undefined), fc.constant(null), fc.dictionary(fc.string(), junk)),
        async (options, baseUrl, request, searchParams) => {
          await expectTyped(async () => {
            const pipeline = createPipeline({
              baseUrl: server.url,
              allowInsecureHttp: true,
              retry: 0,
              ...options,
              ...(options.baseUrl === undefined ? {} : { baseUrl }),
            } as PipelineOptions<never>);
            // A plausible non-loopback URL is accepted, as documented; nothing is sent to it.
            if (options.baseUrl !== undefined && !baseUrl.startsWith(server.url)) return;
            return pipeline.request({
              method: 'GET',
              path: '/x',
              ...request,
              ...(searchParams === undefined ? {} : { searchParams }),
            } as PipelineRequest<unknown>);
          }, server);
        },
      ),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('a credential provider and header builder that return junk (property)', async () => {
    await fc.assert(
      fc.asyncProperty(junk, junk, async (credential, headers) => {
        await expectTyped(() => {
          const pipeline = createPipeline({
            baseUrl: server.url,
            allowInsecureHttp: true,
            retry: 0,
            credentials: { getCredential: async () => credential },
            headers: () => headers as Record<string, string>,
          });
          return pipeline.request({ method: 'GET', path: '/x' });
        }, server);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('a junk baseUrl string is refused, or is an https or loopback URL (property)', async () => {
    await fc.assert(
      fc.asyncProperty(junkString, async (baseUrl) => {
        const settled = await expectTyped(() =>
          createPipeline({ baseUrl, allowInsecureHttp: true }),
        );
        if (settled.kind === 'ok') {
          expect(baseUrl).toMatch(/^\s*(https:|http:\/\/(localhost|127\.|\[::1\]))/i);
        }
      }),
      { numRuns: 1_000 },
    );
  }, 60_000);
});

describe('core helpers on junk', () => {
  it('Secret, staticCredential, ExpiringToken, jwtExpiry, parseRetryAfter, fromEnv (property)', async () => {
    await fc.assert(
      fc.asyncProperty(junk, junk, junkString, async (value, options, text) => {
        await expectTyped(() => Secret.from(value as string));
        await expectTyped(() => staticCredential(value as never).getCredential());
        await expectTyped(() => new ExpiringToken().set(value as string, options as never));
        await expectTyped(() => new ExpiringToken(options as never).isExpired(options as never));
        await expectTyped(() => jwtExpiry(value as string));
        await expectTyped(() => jwtExpiry(text));
        await expectTyped(() => jwtExpiry(`e30.${Buffer.from(text).toString('base64url')}.x`));
        await expectTyped(() => parseRetryAfter(text));
        await expectTyped(() => fromEnv(value as never, options as never).getCredential());
        await expectTyped(() =>
          fromEnv({ a: 'FAKE_HOSTILE_X' }, { envFile: value } as never).getCredential(),
        );
      }),
      { numRuns: 2_000 },
    );
  }, 60_000);
});
