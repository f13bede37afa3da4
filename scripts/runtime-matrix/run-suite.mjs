import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * Runs the repo's Vitest suite on another Node binary (Vitest forks its workers with the
 * same binary). `extraArgs` narrow it, e.g. `['--project', 'core-auth']`. Resolves to
 * `{ ok, durationMs, summary }`, the summary being Vitest's closing lines.
 */
export function runSuite(bin, root, extraArgs) {
  const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
  const args = [vitest, 'run', '--config', 'vitest.workspace.ts', ...extraArgs];
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(bin, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: 'true' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code) => {
      const summary = output
        .split('\n')
        .filter((line) => /^\s*(Test Files|Tests|Type Errors|Duration|FAIL)\b/.test(line))
        .map((line) => line.trim());
      resolve({
        ok: code === 0,
        durationMs: Math.round(performance.now() - started),
        summary,
        output,
      });
    });
  });
}
