import { ConfigurationError, STASH_BASE_URLS, StashClient } from '@acme/stash-client';
import { describe, expect, it } from 'vitest';

const shopId = '00000000-0000-4000-8000-00000000fa4e';
const secret = `fake_stash_hmac_${'A0'.repeat(16)}`;

function configError(build: () => unknown): ConfigurationError {
  try {
    build();
  } catch (error) {
    if (ConfigurationError.is(error)) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('StashClient options', () => {
  it('maps environments to the Stash hosts', () => {
    const test = new StashClient({ environment: 'test', auth: { hmac: { shopId, secret } } });
    const prod = new StashClient({ environment: 'production', auth: { hmac: { shopId, secret } } });
    expect(test.baseUrl).toBe('https://test-api.stash.gg');
    expect(prod.baseUrl).toBe(STASH_BASE_URLS.production);
    expect(prod.environment).toBe('production');
    expect(prod.authScheme).toBe('hmac');
  });

  it('requires an environment or a baseUrl (no silent production default)', () => {
    const error = configError(
      () => new StashClient({ auth: { hmac: { shopId, secret } } } as never),
    );
    expect(error.option).toBe('environment');
    expect(
      configError(
        () => new StashClient({ environment: 'prod', auth: { hmac: { shopId, secret } } } as never),
      ).option,
    ).toBe('environment');
  });

  it('refuses plain http outside loopback and an https baseUrl is taken as is', () => {
    expect(
      configError(
        () =>
          new StashClient({ baseUrl: 'http://api.stash.gg', auth: { hmac: { shopId, secret } } }),
      ).option,
    ).toBe('baseUrl');
    expect(
      new StashClient({
        baseUrl: 'https://test-api.stashstaging.com',
        auth: { hmac: { shopId, secret } },
      }).baseUrl,
    ).toBe('https://test-api.stashstaging.com');
  });

  it('checks auth before any I/O without printing the secret', () => {
    expect(
      configError(
        () =>
          new StashClient({ environment: 'test', auth: { hmac: { shopId: 'my-shop', secret } } }),
      ).option,
    ).toBe('auth.hmac.shopId');
    expect(
      configError(() => new StashClient({ environment: 'test', auth: { apiKey: '' } })).option,
    ).toBe('auth.apiKey');
    const padded = configError(
      () =>
        new StashClient({
          environment: 'test',
          auth: { hmac: { shopId, secret: ` ${secret}\n` } },
        }),
    );
    expect(padded.option).toBe('auth.hmac.secret');
    expect(padded.message).not.toContain(secret);
    const notBase64 = configError(
      () =>
        new StashClient({
          environment: 'test',
          auth: { hmac: { shopId, secret: 'fake secret!!', keyEncoding: 'base64' } },
        }),
    );
    expect(notBase64.message).toMatch(/is not a base64 key of at least 16 bytes/);
    expect(
      configError(
        () =>
          new StashClient({
            environment: 'test',
            auth: { apiKey: 'fake_key_000', hmac: { shopId, secret } },
          } as never),
      ).option,
    ).toBe('auth');
  });

  it('refuses to run in a browser unless told', () => {
    const g = globalThis as { window?: unknown };
    g.window = {};
    try {
      expect(
        configError(
          () => new StashClient({ environment: 'test', auth: { hmac: { shopId, secret } } }),
        ).option,
      ).toBe('dangerouslyAllowBrowser');
      expect(
        () =>
          new StashClient({
            environment: 'test',
            dangerouslyAllowBrowser: true,
            auth: { hmac: { shopId, secret } },
          }),
      ).not.toThrow();
    } finally {
      delete g.window;
    }
  });
});
