import { ConfigurationError } from '../errors/configuration-error.js';
import { CredentialError } from '../errors/credential-error.js';
import type { CredentialProvider, CredentialRequestOptions } from './credential-provider.js';

// Every SdkError message starts with `[package] `; the joined message adds its own.
const PROVIDER_PREFIX = /^\[[^\]]*\] /;

/**
 * A provider that asks each provider in turn and yields the first credential found, e.g. the
 * environment first, then a config file. A provider that throws a CredentialError (it has no
 * credential) passes to the next; any other error (an abort, a server error while refreshing)
 * stops the chain at once. When all fail, one CredentialError lists each provider's reason.
 *
 * `invalidate()` invalidates the provider that yielded last. The credential object is passed
 * through untouched, so the identity contract of each provider holds for the chain.
 *
 * @example
 * ```ts
 * const credentials = chainCredentials(
 *   fromEnv({ apiKey: 'STASH_API_KEY' }),
 *   fromEnv({ apiKey: 'STASH_API_KEY' }, { envFile: '.env' }),
 * );
 * ```
 */
export function chainCredentials<C>(
  ...providers: [CredentialProvider<C>, ...CredentialProvider<C>[]]
): CredentialProvider<C> {
  // The tuple type already asks for one provider; this catches a spread empty array.
  if (providers.length === 0) {
    throw new ConfigurationError(
      'chainCredentials got no providers: it needs at least one. Pass providers such as fromEnv(…) or staticCredential(…).',
      { option: 'providers' },
    );
  }
  for (const [i, provider] of providers.entries()) {
    if (typeof provider?.getCredential !== 'function') {
      throw new ConfigurationError(
        `chainCredentials provider ${i + 1} has no getCredential method: pass CredentialProvider objects such as fromEnv(…).`,
        { option: 'providers' },
      );
    }
  }
  let lastYielded: CredentialProvider<C> | undefined;

  return {
    getCredential: async (options?: CredentialRequestOptions) => {
      const failures: CredentialError[] = [];
      for (const provider of providers) {
        try {
          const credential = await provider.getCredential(options);
          lastYielded = provider;
          return credential;
        } catch (error) {
          if (!CredentialError.is(error)) throw error;
          failures.push(error);
        }
      }
      const reasons = failures.map(
        (error, i) => `(${i + 1}) ${error.message.replace(PROVIDER_PREFIX, '')}`,
      );
      throw new CredentialError(
        `No provider in the chain yielded a credential: ${reasons.join(' ')} Fix any one of them.`,
        { cause: new AggregateError(failures, 'every provider in the chain failed') },
      );
    },
    invalidate: () => {
      lastYielded?.invalidate?.();
    },
  };
}
