import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ApiError, ConfigurationError, ResponseValidationError } from '../../src/index.js';
import { keyedPipeline, server } from './helpers.js';

const rendered = (error: unknown) =>
  `${JSON.stringify(error)} ${inspect(error, { depth: 10 })} ${String((error as Error).stack)}`;

describe('where credentials must not go', () => {
  it('never follows a redirect, so the key stays with baseUrl', async () => {
    const s = await server();
    const elsewhere = await server();
    s.enqueue({ status: 307, headers: { location: `${elsewhere.url}/steal` } });
    const error = await keyedPipeline(s.url)
      .request({ method: 'GET', path: 'x' })
      .catch((e: unknown) => e);
    expect(ApiError.is(error)).toBe(true);
    expect((error as ApiError).status).toBe(307);
    expect((error as Error).message).toMatch(
      /redirected, and credentials are never sent after a redirect/,
    );
    expect(elsewhere.requests).toHaveLength(0);
  });

  it.each(['users/..', '../admin', 'teams/%2e%2e/x', 'a/./b', 'users/%2E'])(
    'refuses the dot-segment path %j before any I/O',
    async (path) => {
      const s = await server();
      const error = await keyedPipeline(s.url)
        .request({ method: 'DELETE', path })
        .catch((e: unknown) => e);
      expect(ConfigurationError.is(error)).toBe(true);
      expect((error as ConfigurationError).option).toBe('path');
      expect(s.requests).toHaveLength(0);
    },
  );

  it('masks secrets a call sends in its body when the server echoes them', async () => {
    const s = await server();
    const checked = 'user_api_key_fake_000000000000000000000042';
    s.enqueue({ status: 400, json: { code: 'SCHEMA_ERROR', error: `bad key ${checked}` } });
    const error = await keyedPipeline(s.url)
      .request({ method: 'POST', path: 'check', json: { api_key: checked }, secrets: [checked] })
      .catch((e: unknown) => e);
    expect(ApiError.is(error)).toBe(true);
    expect(rendered(error)).not.toContain(checked);
    expect(JSON.stringify((error as ApiError).body)).toContain('user_api…0042');
  });

  it('reports a malformed body that issued secrets by its shape only', async () => {
    const s = await server();
    const issued = 'refresh_token_fake_0000000000000000000007';
    s.enqueue({ json: { refresh_token: issued, access_token: 42 } });
    const schema = {
      safeParse: () => ({
        success: false as const,
        error: { issues: [{ path: ['access_token'], message: 'expected string' }] },
      }),
    };
    const error = await keyedPipeline(s.url)
      .request({ method: 'POST', path: 'sessions', json: {}, schema, secretResponse: true })
      .catch((e: unknown) => e);
    expect(ResponseValidationError.is(error)).toBe(true);
    expect(rendered(error)).not.toContain(issued);
    expect((error as ResponseValidationError).body).toEqual({
      refresh_token: 'string',
      access_token: 'number',
    });
  });
});
