import { ConfigurationError } from '../errors/configuration-error.js';
import { CredentialError } from '../errors/credential-error.js';
import { describeValue } from '../errors/describe-value.js';
import { Secret } from '../secrets/secret.js';
import type { CredentialProvider } from './credential-provider.js';
import { type EnvCredential, type EnvMap, parseEnvMap } from './env-map.js';
import { loadEnvFile } from './load-env-file.js';

/** Options of {@link fromEnv}. */
export interface FromEnvOptions {
  /**
   * A `.env` file to load into `process.env` once, on the first `getCredential`, through
   * Node's own `process.loadEnvFile`. A relative path is resolved against the working
   * directory. Variables already set in the environment win over the file. The file must be
   * git-ignored: it holds secrets.
   * @default undefined (read `process.env` only)
   */
  envFile?: string | undefined;
}

/**
 * A provider that reads each credential field from an environment variable, as a `Secret`.
 * Values are trimmed; an empty or all-whitespace value counts as missing.
 *
 * It reads `process.env` on every call, so a rotated value is picked up, yet returns the same
 * object while no value changed (see the identity contract of {@link CredentialProvider}).
 * A missing required variable fails with a CredentialError naming every missing variable.
 *
 * @example
 * ```ts
 * const credentials = fromEnv(
 *   {
 *     accessToken: 'STAKE_ACCESS_TOKEN',
 *     sessionCookie: { name: 'STAKE_SESSION_COOKIE', optional: true },
 *   },
 *   { envFile: '.env' },
 * );
 * const { accessToken, sessionCookie } = await credentials.getCredential();
 * // accessToken: Secret; sessionCookie?: Secret
 * ```
 */
export function fromEnv<const M extends EnvMap>(
  map: M,
  options: FromEnvOptions = {},
): CredentialProvider<EnvCredential<M>> {
  const entries = parseEnvMap(map);
  // `?? {}`: JavaScript callers pass null for "no options".
  const { envFile } = options ?? {};
  if (envFile !== undefined && (typeof envFile !== 'string' || envFile.trim() === '')) {
    throw new ConfigurationError(
      `envFile must be the path of a .env file, got ${describeValue(envFile, { showStrings: true })}: pass e.g. '.env', or leave it out to read the environment only.`,
      { option: 'envFile' },
    );
  }
  let envFileLoaded = false;
  let last: { values: (string | undefined)[]; credential: EnvCredential<M> } | undefined;

  return {
    getCredential: async () => {
      if (envFile !== undefined && !envFileLoaded) {
        loadEnvFile(envFile);
        envFileLoaded = true;
      }
      const values = entries.map(({ name }) => readVariable(name));
      const missing = entries.filter((entry, i) => !entry.optional && values[i] === undefined);
      if (missing.length > 0)
        throw missingError(
          missing.map(({ name }) => name),
          envFile,
        );

      // Unchanged values: hand back the same object, so the pipeline sees no new credential.
      if (last !== undefined && values.every((value, i) => value === last?.values[i])) {
        return last.credential;
      }
      const credential: Record<string, Secret> = {};
      entries.forEach(({ field }, i) => {
        const value = values[i];
        if (value !== undefined) credential[field] = new Secret(value);
      });
      last = { values, credential: credential as EnvCredential<M> };
      return last.credential;
    },
  };
}

function readVariable(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function missingError(names: string[], envFile: string | undefined): CredentialError {
  const list = names.join(', ');
  const where = envFile === undefined ? 'the environment' : `the environment or ${envFile}`;
  const file =
    envFile === undefined
      ? "put them in a .env file that git ignores and pass { envFile: '.env' }"
      : `add them to ${envFile} (keep it git-ignored)`;
  return new CredentialError(
    `${names.length === 1 ? 'Environment variable' : 'Environment variables'} ${list} ${names.length === 1 ? 'is' : 'are'} not set or empty: no credential in ${where}. Export ${names.length === 1 ? 'it' : 'them'} in your shell (export ${names[0]}=…) or ${file}.`,
  );
}
