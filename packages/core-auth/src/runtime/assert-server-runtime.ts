import { ConfigurationError } from '../errors/configuration-error.js';
import { CORE_PROVIDER } from '../errors/sdk-error.js';

/** Options of {@link assertServerRuntime}. */
export interface ServerRuntimeOptions {
  /** Runs in a browser anyway. Anyone who can open the page can then read the secret. @default false */
  dangerouslyAllowBrowser?: boolean | undefined;
  /** The package named in the error. @default '@core/auth' */
  provider?: string | undefined;
}

/** True where a browser's globals exist (the check Stack's own SDK uses). */
export function isBrowserLike(): boolean {
  return typeof globalThis === 'object' && ('window' in globalThis || 'document' in globalThis);
}

/**
 * Refuses to hold a secret key where `window` or `document` exist, since every visitor of
 * the page could read it. Call it where a server-only client is built.
 *
 * @example
 * ```ts
 * assertServerRuntime('createStackServerClient', { provider: '@acme/stack-client' });
 * ```
 */
export function assertServerRuntime(what: string, options: ServerRuntimeOptions = {}): void {
  if (options.dangerouslyAllowBrowser === true || !isBrowserLike()) return;
  throw new ConfigurationError(
    `${what} holds a secret key and refuses to run in a browser: every visitor could read the key. Call it from your server, or pass dangerouslyAllowBrowser: true if the key is meant to be public.`,
    { option: 'dangerouslyAllowBrowser', provider: options.provider ?? CORE_PROVIDER },
  );
}
