import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CredentialError } from '../errors/credential-error.js';

/**
 * Loads a `.env` file into `process.env` with Node's own parser (`process.loadEnvFile`).
 *
 * Variables already set win over the file: Node never overwrites an existing variable, even
 * one set to '' (the contract from nodejs/node#49424, checked on Node 20.20 and pinned by
 * test/credentials/from-env.test.ts), so nothing is snapshotted here.
 */
export function loadEnvFile(path: string): void {
  const absolute = resolve(path);
  // Checked first so the message can name the path and the fix, not just ENOENT.
  const stats = statSync(absolute, { throwIfNoEntry: false });
  if (stats === undefined || !stats.isFile()) {
    throw new CredentialError(
      `envFile "${path}" ${stats === undefined ? 'was not found' : 'is not a file'} (looked at ${absolute}): no variables could be loaded from it. Create it (and keep it git-ignored), or drop the envFile option and export the variables in your shell.`,
    );
  }
  if (typeof process.loadEnvFile !== 'function') {
    throw new CredentialError(
      `envFile "${path}" cannot be loaded: this Node.js has no process.loadEnvFile. Use Node 20.12 or later, or export the variables in your shell.`,
    );
  }
  try {
    process.loadEnvFile(absolute);
  } catch (error) {
    // Only the error's code: Node's messages are about the path, but nothing here should echo
    // what the file holds.
    const code = (error as { code?: unknown } | null)?.code;
    throw new CredentialError(
      `envFile "${path}" could not be read (${typeof code === 'string' ? code : 'unknown error'}): check its permissions and KEY=value lines.`,
    );
  }
}
