import { afterEach, describe, expect, it } from 'vitest';
import { assertServerRuntime, ConfigurationError, isBrowserLike } from '../../src/index.js';

const g = globalThis as { window?: unknown };

afterEach(() => {
  delete g.window;
});

describe('assertServerRuntime', () => {
  it('passes on a server', () => {
    expect(isBrowserLike()).toBe(false);
    expect(() => assertServerRuntime('createThing')).not.toThrow();
  });

  it('refuses where window exists, naming the package and the escape hatch', () => {
    g.window = {};
    expect(isBrowserLike()).toBe(true);
    let error: unknown;
    try {
      assertServerRuntime('createStackServerClient', { provider: '@acme/stack-client' });
    } catch (e) {
      error = e;
    }
    expect(ConfigurationError.is(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /^\[@acme\/stack-client\] createStackServerClient holds a secret key/,
    );
    expect((error as Error).message).toContain('dangerouslyAllowBrowser: true');
  });

  it('allows a browser when told to', () => {
    g.window = {};
    expect(() => assertServerRuntime('x', { dangerouslyAllowBrowser: true })).not.toThrow();
  });
});
