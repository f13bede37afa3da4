import { ConfigurationError } from '@core/auth';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createStackAdminClient,
  createStackClient,
  createStackServerClient,
  isValidProjectId,
  isValidStackKey,
} from '../src/index.js';
import { FAKE_PCK, FAKE_PROJECT_ID, FAKE_SAK, FAKE_SSK } from './fixtures.js';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('options are checked before any request', () => {
  it('accepts UUID and internal project ids only', () => {
    expect(isValidProjectId(FAKE_PROJECT_ID)).toBe(true);
    expect(isValidProjectId('internal')).toBe(true);
    expect(isValidProjectId('my-project')).toBe(false);
    const error = thrown(() =>
      createStackClient({ projectId: 'my-project', publishableClientKey: FAKE_PCK }),
    );
    expect(ConfigurationError.is(error)).toBe(true);
    expect((error as ConfigurationError).option).toBe('projectId');
  });

  it('refuses a publishable key passed as secretServerKey, without echoing it', () => {
    const error = thrown(() =>
      createStackServerClient({ projectId: FAKE_PROJECT_ID, secretServerKey: FAKE_PCK }),
    );
    expect(ConfigurationError.is(error)).toBe(true);
    const { message, option } = error as ConfigurationError;
    expect(option).toBe('secretServerKey');
    expect(message).toContain('looks like a publishable client key');
    expect(message).toContain('49 characters, starting "pck_"');
    expect(message).not.toContain(FAKE_PCK);
    expect(message).not.toContain(FAKE_PCK.slice(4, 20));
    expect(JSON.stringify(error)).not.toContain(FAKE_PCK);
  });

  it('checks each key by its own prefix', () => {
    expect(isValidStackKey('publishableClientKey', FAKE_PCK)).toBe(true);
    expect(isValidStackKey('secretServerKey', FAKE_SSK)).toBe(true);
    expect(isValidStackKey('superSecretAdminKey', FAKE_SAK)).toBe(true);
    expect(isValidStackKey('secretServerKey', `${FAKE_SSK}\n`)).toBe(false);
    expect(isValidStackKey('publishableClientKey', FAKE_SSK)).toBe(false);
    expect(isValidStackKey('superSecretAdminKey', FAKE_SSK)).toBe(false);
    expect(isValidStackKey('secretServerKey', 'fake-key-without-prefix')).toBe(false);
    const error = thrown(() =>
      createStackAdminClient({ projectId: FAKE_PROJECT_ID, superSecretAdminKey: FAKE_SSK }),
    );
    expect((error as ConfigurationError).message).toContain('looks like a secret server key');
  });

  it('refuses the dashboard host as baseUrl and plain http off loopback', () => {
    const dashboard = thrown(() =>
      createStackServerClient({
        projectId: FAKE_PROJECT_ID,
        secretServerKey: FAKE_SSK,
        baseUrl: 'https://app.stack-auth.com',
      }),
    );
    expect((dashboard as ConfigurationError).option).toBe('baseUrl');
    const http = thrown(() =>
      createStackServerClient({
        projectId: FAKE_PROJECT_ID,
        secretServerKey: FAKE_SSK,
        baseUrl: 'http://api.stack-auth.com',
      }),
    );
    expect(ConfigurationError.is(http)).toBe(true);
  });
});

describe('server and admin clients refuse browsers', () => {
  const g = globalThis as { window?: unknown };
  afterEach(() => {
    delete g.window;
  });

  it('throws where window exists, unless dangerouslyAllowBrowser', () => {
    g.window = {};
    const error = thrown(() =>
      createStackServerClient({ projectId: FAKE_PROJECT_ID, secretServerKey: FAKE_SSK }),
    );
    expect((error as ConfigurationError).option).toBe('dangerouslyAllowBrowser');
    expect((error as Error).message).toContain('[@acme/stack-client]');
    expect(() =>
      createStackAdminClient({ projectId: FAKE_PROJECT_ID, superSecretAdminKey: FAKE_SAK }),
    ).toThrow(/refuses to run in a browser/);
    expect(() =>
      createStackServerClient({
        projectId: FAKE_PROJECT_ID,
        secretServerKey: FAKE_SSK,
        dangerouslyAllowBrowser: true,
      }),
    ).not.toThrow();
    // The publishable key is meant for browsers.
    expect(() =>
      createStackClient({ projectId: FAKE_PROJECT_ID, publishableClientKey: FAKE_PCK }),
    ).not.toThrow();
  });
});
