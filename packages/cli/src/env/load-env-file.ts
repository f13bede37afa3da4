import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../usage-error.js';

/** The file `check` and `headers` read when `--dotenv` is not given. */
export const DEFAULT_ENV_FILE = '.env';

/** What {@link loadEnvFile} did. */
export interface EnvFileLoad {
  /** The absolute path, when a file was read. */
  readonly path: string | undefined;
}

/**
 * Loads a `.env` into `process.env` through Node's own `process.loadEnvFile` (the parser
 * `@core/auth`'s `fromEnv` uses too). Variables already set in the environment win. The
 * default `.env` is optional; a file named with `--dotenv` must exist.
 *
 * @example
 * ```ts
 * loadEnvFile(options.dotenv); // undefined: ./.env when it exists
 * ```
 */
export function loadEnvFile(file: string | undefined): EnvFileLoad {
  const path = resolve(file ?? DEFAULT_ENV_FILE);
  if (!existsSync(path)) {
    if (file === undefined) return { path: undefined };
    throw new UsageError(
      `--dotenv ${file} does not exist: pass the path of an existing .env file, or leave the option out to read ./.env when there is one.`,
    );
  }
  // process.loadEnvFile overrides variables already set; the environment must win (as in fromEnv).
  const before = { ...process.env };
  process.loadEnvFile(path);
  Object.assign(process.env, before);
  return { path };
}

/**
 * A variable's value, trimmed; empty counts as unset (as in `@core/auth`'s `fromEnv`).
 *
 * @example
 * ```ts
 * readVariable('STAKE_ACCESS_TOKEN'); // undefined when unset or blank
 * ```
 */
export function readVariable(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}
