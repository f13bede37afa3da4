import { ConfigurationError } from '@core/auth';
import { STASH_BASE_URLS, STASH_PROVIDER, type StashEnvironment } from '../client/constants.js';
import type { StashTarget } from '../client/stash-client-options.js';

/** The base URL and environment label a client talks to; one of them is required. */
export function resolveTarget(target: StashTarget): {
  baseUrl: string;
  environment: StashEnvironment | undefined;
} {
  const { environment, baseUrl } = target;
  if (environment !== undefined && !Object.hasOwn(STASH_BASE_URLS, environment)) {
    throw new ConfigurationError(
      `environment must be "test" or "production", got ${JSON.stringify(environment)}.`,
      { option: 'environment', provider: STASH_PROVIDER },
    );
  }
  if (typeof baseUrl === 'string') return { baseUrl, environment };
  if (environment === undefined) {
    throw new ConfigurationError(
      'environment or baseUrl is required: pass environment: "test" while integrating, "production" when live. Keys work in one environment only.',
      { option: 'environment', provider: STASH_PROVIDER },
    );
  }
  return { baseUrl: STASH_BASE_URLS[environment], environment };
}
