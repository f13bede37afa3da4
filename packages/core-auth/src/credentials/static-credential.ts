import { ConfigurationError } from '../errors/configuration-error.js';
import type { CredentialProvider } from './credential-provider.js';

/**
 * A provider that always yields the one credential it was given: the same object every
 * time, so the pipeline never mistakes it for a replaced one. It has nothing to refresh,
 * hence no `invalidate`.
 *
 * @example
 * ```ts
 * const credentials = staticCredential({ apiKey: Secret.from('ssk_fake_0000000000000000') });
 * const pipeline = createPipeline({ baseUrl, credentials, headers });
 * ```
 */
export function staticCredential<C>(credential: C): CredentialProvider<C> {
  if (typeof credential !== 'object' || credential === null) {
    throw new ConfigurationError(
      `staticCredential needs a credential object, got ${credential === null ? 'null' : typeof credential}: pass an object such as { apiKey: Secret.from(key) }.`,
      { option: 'credential' },
    );
  }
  return {
    getCredential: () => Promise.resolve(credential),
  };
}
