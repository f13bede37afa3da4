import { spawnSync } from 'node:child_process';
import { basename, dirname } from 'node:path';

/** Whether git ignores a path: `no-repo` when it is outside a git work tree or git is missing. */
export type GitIgnoreStatus = 'ignored' | 'not-ignored' | 'no-repo';

/**
 * Asks git itself (`git check-ignore -q`, run in the file's folder), so every .gitignore,
 * .git/info/exclude and global excludes file counts. A tracked file is "not ignored" even
 * when a pattern matches it: it is already in the history.
 *
 * @example
 * ```ts
 * if (gitIgnoreStatus('/srv/app/.env') !== 'ignored') throw new Error('add .env to .gitignore');
 * ```
 */
export function gitIgnoreStatus(path: string): GitIgnoreStatus {
  const result = spawnSync('git', ['check-ignore', '-q', '--', basename(path)], {
    cwd: dirname(path),
    stdio: 'ignore',
  });
  // check-ignore: 0 ignored, 1 not ignored, 128 fatal (not a repository); spawn error: no git.
  if (result.status === 0) return 'ignored';
  if (result.status === 1) return 'not-ignored';
  return 'no-repo';
}
