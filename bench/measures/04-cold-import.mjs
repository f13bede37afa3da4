// Figure 4: cold import time, each in a fresh Node process, interleaved, median of 7.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CLIENTS, STACKFRAME } from '../lib/clients.mjs';
import { median, row } from '../lib/stats.mjs';

export const title = '4. cold import time';

const RUNS = 7;
const BENCH_DIR = fileURLToPath(new URL('..', import.meta.url));
const STACK_CLIENT_DIR = fileURLToPath(new URL('../../packages/stack-client/', import.meta.url));
// For information: where the time goes (the fixed ESM start-up, the core, its dependencies).
const PARTS = [
  { name: 'empty ES module', specifier: './lib/empty-module.mjs', cwd: BENCH_DIR },
  { name: '@core/auth', specifier: '@core/auth', cwd: BENCH_DIR },
  { name: 'ky', specifier: 'ky', cwd: BENCH_DIR },
  { name: 'jose', specifier: 'jose', cwd: BENCH_DIR },
  { name: 'zod', specifier: 'zod', cwd: STACK_CLIENT_DIR },
];
const run = promisify(execFile);

/** Time of `await import(name)` inside a fresh process, and the whole process's wall time. */
async function coldImport({ specifier, cwd }) {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
  const t0 = performance.now();
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd });
  return { importMs: Number(stdout), processMs: performance.now() - t0 };
}

export async function measure() {
  const targets = [
    ...[...CLIENTS, STACKFRAME].map(({ name }) => ({ name, specifier: name, cwd: BENCH_DIR })),
    ...PARTS,
  ];
  const names = targets.map((target) => target.name);
  const samples = new Map(names.map((name) => [name, { importMs: [], processMs: [] }]));
  for (const target of targets) await coldImport(target); // warms the disk cache
  for (let index = 0; index < RUNS; index += 1) {
    for (let offset = 0; offset < targets.length; offset += 1) {
      const target = targets[(index + offset) % targets.length];
      const { name } = target;
      const sample = await coldImport(target);
      samples.get(name).importMs.push(sample.importMs);
      samples.get(name).processMs.push(sample.processMs);
    }
  }
  const ms = Object.fromEntries(names.map((name) => [name, median(samples.get(name).importMs)]));
  const processMs = Object.fromEntries(
    names.map((name) => [name, median(samples.get(name).processMs)]),
  );
  const baseline = ms[STACKFRAME.name];
  const fixed = ms['empty ES module'];
  const net = CLIENTS.map((client) =>
    row({
      id: `4.${client.folder}.net`,
      figure: `cold import minus empty-module start-up: ${client.name} / @stackframe/js (info)`,
      ours: ms[client.name] - fixed,
      baseline: baseline - fixed,
      unit: 'ms',
    }),
  );
  const gross = CLIENTS.map((client, index) =>
    row({
      id: `4.${client.folder}`,
      figure: `cold import: ${client.name} / @stackframe/js`,
      ours: ms[client.name],
      baseline,
      unit: 'ms',
      goal: 0.08,
      better: 'lower',
      ...(index === 0 ? { extra: { importMs: ms, wholeProcessMs: processMs, runs: RUNS } } : {}),
    }),
  );
  return [...gross, ...net];
}
