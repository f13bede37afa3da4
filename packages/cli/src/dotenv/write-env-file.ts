import { randomUUID } from 'node:crypto';
import { chmod, lstat, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigurationError } from '@core/auth';
import { gitIgnoreStatus } from './git-ignored.js';
import { type EnvMerge, mergeEnv } from './merge-env.js';

/** The file mode of a written .env: read and write for its owner only. */
export const ENV_FILE_MODE = 0o600;

/** What `--write` did. */
export interface EnvWrite extends Omit<EnvMerge, 'text'> {
  readonly path: string;
  readonly mode: '0600';
}

/**
 * Simple rules (Stake's security guide: never commit .env):
 * - a file git does not ignore is refused, always (tracked or not listed in .gitignore);
 * - outside a git work tree nothing can be checked: refused unless `force`;
 * - a symbolic link or a directory is refused: renaming over a link would break it, and git
 *   was asked about the link's name, not its target;
 * - the file is written whole to a fresh temporary file (mode 0600, created exclusively) and
 *   renamed over the old one, so it is never readable by others nor half-written; when git
 *   would not ignore that temporary name, the file is rewritten in place instead, so an
 *   interrupted run cannot leave tokens in a file `git add .` would pick up.
 *
 * @example
 * ```ts
 * await writeEnvFile('.env', { STAKE_ACCESS_TOKEN: token }, { force: false });
 * ```
 */
export async function writeEnvFile(
  file: string,
  values: Record<string, string | undefined>,
  options: { readonly force: boolean },
): Promise<EnvWrite> {
  const path = resolve(file);
  const status = gitIgnoreStatus(path);
  if (status === 'not-ignored') {
    throw new ConfigurationError(
      `refusing to write ${file}: git does not ignore it, so the token could be committed. Add ${file} to .gitignore (and untrack it with git rm --cached if it is tracked), then run again.`,
      { option: '--write', provider: '@acme/cli' },
    );
  }
  if (status === 'no-repo' && !options.force) {
    throw new ConfigurationError(
      `refusing to write ${file}: it is not inside a git work tree (or git is not installed), so it cannot be checked that it is ignored. Pass --force to write it anyway, and keep it out of version control.`,
      { option: '--write', provider: '@acme/cli' },
    );
  }
  const kind = await lstat(path).catch(() => undefined);
  if (kind?.isSymbolicLink() === true || kind?.isDirectory() === true) {
    throw new ConfigurationError(
      `refusing to write ${file}: it is ${kind.isDirectory() ? 'a directory' : 'a symbolic link'}. Pass the path of the real .env file.`,
      { option: '--write', provider: '@acme/cli' },
    );
  }
  const existing = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  const { text, set, removed } = mergeEnv(existing, values);
  const temporary = `${path}.${randomUUID()}.tmp`;
  if (status === 'ignored' && gitIgnoreStatus(temporary) !== 'ignored') {
    await writeFile(path, text, { mode: ENV_FILE_MODE });
    await chmod(path, ENV_FILE_MODE); // an existing file keeps its old mode otherwise
    return { path, mode: '0600', set, removed };
  }
  try {
    await writeFile(temporary, text, { mode: ENV_FILE_MODE, flag: 'wx' });
    await chmod(temporary, ENV_FILE_MODE); // the umask may have narrowed it; never widened
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return { path, mode: '0600', set, removed };
}
