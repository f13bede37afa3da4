import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built bin: the tests run exactly what users run (`pnpm test` builds it first). */
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** Variables on top of a bare environment (PATH and HOME), so no real credential leaks in. */
  readonly env?: Record<string, string | undefined>;
  readonly input?: string;
  /** Default: a fresh empty folder, so no stray .env is read. */
  readonly cwd?: string;
}

/**
 * Runs `node dist/cli.js …` asynchronously: the local servers live in this process and must
 * keep answering while the CLI waits on them.
 */
export async function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run pnpm build (pnpm test does).`);
  const cwd = options.cwd ?? (await emptyDir());
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env };
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [CLI, ...args],
      { cwd, env: env as NodeJS.ProcessEnv, timeout: 30_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(options.input ?? '');
  });
}

/** A fresh empty folder under the OS temp dir. */
export function emptyDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'acme-auth-test-'));
}

/** Parses stdout as the one JSON document `--json` promises. */
export function json<T = Record<string, unknown>>(run: CliRun): T {
  return JSON.parse(run.stdout) as T;
}
