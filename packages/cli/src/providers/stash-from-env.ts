import { StashClient, type StashKeyEncoding } from '@acme/stash-client';
import { ConfigurationError } from '@core/auth';
import { transportFor } from '../env/transport.js';
import { type StashEnv, type StashEnvAuth, stashEnvironment } from './stash-env.js';

const CLI_PROVIDER = '@acme/cli';

/**
 * The HMAC key encoding named by `STASH_KEY_ENCODING`; throws on an unknown one.
 *
 * @example
 * ```ts
 * keyEncodingOf(undefined); // 'utf8'
 * ```
 */
export function keyEncodingOf(value: string | undefined): StashKeyEncoding {
  if (value === undefined || value === 'utf8' || value === 'base64') return value ?? 'utf8';
  throw new ConfigurationError(
    `STASH_KEY_ENCODING is "${value}": it must be utf8 or base64. Leave it unset for utf8 (the raw text of the secret is the key).`,
    { option: 'STASH_KEY_ENCODING', provider: CLI_PROVIDER },
  );
}

/**
 * A StashClient for the environment's credentials. Throws a ConfigurationError on a bad
 * environment name, key encoding or option.
 *
 * @example
 * ```ts
 * await using stash = stashClientFromEnv(config);
 * ```
 */
export function stashClientFromEnv(config: StashEnv): StashClient {
  const auth = clientAuth(config.auth);
  const environment = stashEnvironment(config.environment);
  if (config.environment !== undefined && environment === undefined) {
    throw new ConfigurationError(
      `STASH_ENVIRONMENT is "${config.environment}": it must be test or production. Use the environment your key was created in.`,
      { option: 'STASH_ENVIRONMENT', provider: CLI_PROVIDER },
    );
  }
  const { baseUrl, ...transport } = transportFor(config.baseUrl);
  if (baseUrl !== undefined) {
    return new StashClient({
      ...transport,
      baseUrl,
      ...(environment ? { environment } : {}),
      auth,
    });
  }
  return new StashClient({ ...transport, environment: environment ?? 'test', auth });
}

function clientAuth(auth: StashEnvAuth) {
  if (auth.scheme === 'apiKey') return { apiKey: auth.apiKey };
  return {
    hmac: {
      shopId: auth.shopId,
      secret: auth.secret,
      keyEncoding: keyEncodingOf(auth.keyEncoding),
    },
  };
}
