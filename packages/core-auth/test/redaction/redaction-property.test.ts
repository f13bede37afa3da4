import { inspect } from 'node:util';
import { startLoopbackServer } from '@acme/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipeline, Secret, staticCredential } from '../../src/index.js';

type Server = Awaited<ReturnType<typeof startLoopbackServer>>;
let s: Server;
beforeAll(async () => {
  s = await startLoopbackServer();
});
afterAll(async () => {
  await s.close();
});

// Realistic secrets: printable ASCII header values, from 8 to 96 characters.
const secretArb = fc.string({
  unit: fc.constantFrom(...'abcdefABCDEF0123456789_-.~+/=:'.split('')),
  minLength: 8,
  maxLength: 96,
});

const echoArb = fc.constantFrom('json', 'text', 'header', 'request-id', 'html', 'long');

/** Every way an error can be seen: message, stack, JSON, inspect, cause chain. */
function renderings(error: unknown): string[] {
  const out = [
    String(error),
    JSON.stringify(error),
    inspect(error, { depth: 20, showHidden: true }),
  ];
  for (let e: unknown = error; e instanceof Error; e = e.cause) out.push(e.stack ?? '', e.message);
  return out;
}

describe('no secret reaches any field of any error', () => {
  it('holds when the server echoes the secret back in any place (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        secretArb,
        echoArb,
        fc.constantFrom(400, 401, 404, 429, 500, 200),
        async (secret, echo, status) => {
          s.setHandler((req) => {
            const seen = req.headers['x-api-key'] ?? '';
            const base = { status: status === 200 ? 200 : status };
            switch (echo) {
              case 'json':
                return { ...base, json: { error: `bad key ${seen}`, details: { key: seen } } };
              case 'header':
                return {
                  ...base,
                  headers: { 'x-echo': seen, 'set-cookie': `session=${seen}` },
                  body: 'no',
                };
              case 'request-id':
                return { ...base, headers: { 'x-request-id': seen }, json: {} };
              case 'html':
                return {
                  ...base,
                  headers: { 'content-type': 'text/html' },
                  body: `<p>${seen}</p>`,
                };
              case 'long':
                return { ...base, body: `${'x'.repeat(2_040)}${seen}${'y'.repeat(50)}` };
              default:
                return { ...base, body: `key was ${seen}` };
            }
          });
          const pipeline = createPipeline<{ key: Secret }>({
            baseUrl: s.url,
            allowInsecureHttp: true,
            provider: '@acme/prop',
            credentials: staticCredential({ key: Secret.from(secret) }),
            headers: (c) => ({ 'x-api-key': c.key.reveal() }),
            retry: 0,
            // For 200 the error is a validation failure (the body is not what the schema wants).
          });
          const error = await pipeline
            .request({
              method: 'GET',
              path: 'x',
              searchParams: { token: secret },
              schema: {
                safeParse: () => ({
                  success: false,
                  error: { issues: [{ path: [], message: 'no' }] },
                }),
              },
            })
            .catch((e: unknown) => e);
          expect(error).toBeInstanceOf(Error);
          for (const rendering of renderings(error)) expect(rendering).not.toContain(secret);
          for (const value of Object.values(error as object))
            expect(JSON.stringify(value) ?? '').not.toContain(secret);
          expect(JSON.stringify((error as { headers?: unknown }).headers ?? {})).not.toContain(
            secret,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
