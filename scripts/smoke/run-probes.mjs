import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkPackages } from './link-packages.mjs';
import { CLI, LIBRARIES } from './packages.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
/** A probe that has not answered by then has hung: that is a failure, not a wait. */
export const PROBE_TIMEOUT_MS = 60_000;

/**
 * Runs the smoke probes on one runtime: `argv` starts a script on it, e.g. `[process.execPath]`,
 * `['/path/bun']` or `['/path/deno', 'run', '-A']`. Resolves to the checks, each
 * `{ name, ok, detail }`, and the time taken; never rejects (a crash is a failed check).
 */
export async function runProbes(argv) {
  const started = performance.now();
  linkPackages();
  const checks = [
    ...(await probe(argv, 'imports', [join(here, 'probe-imports.cjs'), JSON.stringify(LIBRARIES)])),
    ...(await probe(argv, 'calls (esm)', [join(here, 'probe-calls.mjs'), 'esm'])),
    ...(await probe(argv, 'calls (cjs)', [join(here, 'probe-calls.mjs'), 'cjs'])),
    await cliCheck(argv),
  ];
  return { checks, durationMs: Math.round(performance.now() - started) };
}

async function probe(argv, what, args) {
  const result = await run(argv, args);
  const line = result.stdout.trim().split('\n').at(-1) ?? '';
  try {
    const { checks } = JSON.parse(line);
    if (result.code === 0 && Array.isArray(checks) && checks.length > 0) return checks;
  } catch {
    // Not JSON: the probe crashed before it could report; the output below says why.
  }
  const detail = `exit ${result.code}: ${(result.stderr || result.stdout).trim().slice(-600)}`;
  return [{ name: `probe ${what}`, ok: false, detail }];
}

async function cliCheck(argv) {
  const version = JSON.parse(
    readFileSync(join(root, 'packages', CLI.folder, 'package.json'), 'utf8'),
  ).version;
  const result = await run(argv, [join(root, 'packages', CLI.folder, CLI.bin), '--version']);
  const printed = result.stdout.trim();
  const ok = result.code === 0 && printed.includes(version);
  const detail = ok
    ? `--version: ${printed}`
    : `exit ${result.code}: ${(result.stderr || printed).trim().slice(-600)}`;
  return { name: `${CLI.name} bin`, ok, detail };
}

function run([command, ...prefix], args) {
  return new Promise((resolve) => {
    const child = spawn(command, [...prefix, ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: PROBE_TIMEOUT_MS,
      // A leaked colour code would break the JSON line; NO_COLOR is read by all three runtimes.
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', (error) => resolve({ code: -1, stdout, stderr: String(error) }));
    child.on('close', (code, signal) => resolve({ code: code ?? signal, stdout, stderr }));
  });
}
