import { ConfigurationError, describeValue } from '@core/auth';
import { STASH_BASE_URLS, STASH_PROVIDER, type StashEnvironment } from '../client/constants.js';
import type { StashTarget } from '../client/stash-client-options.js';

/** The base URL and environment label a client talks to; one of them is required. */
export function resolveTarget(target: StashTarget): {
  baseUrl: string;
  environment: StashEnvironment | undefined;
} {
  const { environment, baseUrl } = target;
  // typeof first: Object.hasOwn converts its key, which throws for an object without a prototype.
  if (
    environment !== undefined &&
    (typeof environment !== 'string' || !Object.hasOwn(STASH_BASE_URLS, environment))
  ) {
    throw new ConfigurationError(
      `environment must be "test" or "production", got ${describeValue(environment)}.`,
      { option: 'environment', provider: STASH_PROVIDER },
    );
  }
  if (typeof baseUrl === 'string') return { baseUrl, environment };
  if (baseUrl !== undefined) {
    throw new ConfigurationError(
      `baseUrl must be a URL string, got ${describeValue(baseUrl)}: pass e.g. "https://test-api.stash.gg", or omit it and pass environment.`,
      { option: 'baseUrl', provider: STASH_PROVIDER },
    );
  }
  if (environment === undefined) {
    throw new ConfigurationError(
      'environment or baseUrl is required: pass environment: "test" while integrating, "production" when live. Keys work in one environment only.',
      { option: 'environment', provider: STASH_PROVIDER },
    );
  }
  return { baseUrl: STASH_BASE_URLS[environment], environment };
}
