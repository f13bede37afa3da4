// `pnpm runtime-matrix`: the smoke probes (scripts/smoke: import() and require() of every
// built package, one loopback call per client through each build, the CLI bin) on Node 22,
// Node 24, Bun and Deno, each fetched from the npm registry into a cache on first use; with
// --suite, the Vitest suite too on Node 22 and 24. Exit 1 when a runtime that ran failed.
//
//   node scripts/runtime-matrix/run-matrix.mjs [--only node22,bun] [--suite] [--refresh]
//     [--cache DIR] [-- <vitest args>]   (default ~/.cache/acme-runtime-matrix)
import { execFileSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runProbes } from '../smoke/run-probes.mjs';
import { ensureRuntime } from './fetch-runtime.mjs';
import { runSuite } from './run-suite.mjs';
import { matrixRuntimes, SUPPORTED_PLATFORM } from './runtimes.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    only: { type: 'string' },
    suite: { type: 'boolean', default: false },
    refresh: { type: 'boolean', default: false },
    cache: {
      type: 'string',
      default: process.env.RUNTIME_MATRIX_CACHE ?? join(homedir(), '.cache', 'acme-runtime-matrix'),
    },
  },
});
const only = values.only?.split(',').map((id) => id.trim());
// Whatever follows `--` goes to Vitest, e.g. `--suite -- --project core-auth`.
const suiteArgs = positionals;
const host = {
  id: `node${process.versions.node.split('.')[0]} (host)`,
  argv: () => [process.execPath],
  runsSuite: false,
};
const runtimes = [host, ...matrixRuntimes()].filter(
  (rt) => only === undefined || only.some((id) => rt.id.startsWith(id)),
);

const rows = [];
for (const runtime of runtimes) rows.push(await check(runtime));

printRows(rows);
for (const row of rows) {
  for (const failure of row.failures) console.log(`\n${row.id}: ${failure}`);
}
const ran = rows.filter((row) => row.status !== 'unavailable');
const failed = ran.filter((row) => row.status === 'FAIL').length;
console.log(`\ncache: ${values.cache}`);
console.log(`runtimes: ${ran.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;

async function check(runtime) {
  const row = {
    id: runtime.id,
    version: '',
    fetch: '-',
    size: '-',
    smoke: '-',
    suite: '-',
    status: 'ok',
    failures: [],
  };
  let bin = process.execPath;
  if (runtime.spec !== undefined) {
    if (!SUPPORTED_PLATFORM)
      return { ...row, status: 'unavailable', failures: ['no linux-x64 host'] };
    try {
      const got = await ensureRuntime(runtime, values.cache, { refresh: values.refresh });
      bin = got.bin;
      row.fetch = got.cached ? 'cached' : `${(got.fetchMs / 1000).toFixed(1)} s`;
      row.size = `${mb(got.packedBytes)} / ${mb(got.binaryBytes)} MB`;
    } catch (error) {
      return {
        ...row,
        status: 'unavailable',
        failures: [`fetch ${runtime.spec}: ${String(error).slice(0, 300)}`],
      };
    }
  }
  const argv = runtime.argv(bin);
  try {
    row.version = execFileSync(bin, ['--version'], { encoding: 'utf8' })
      .split('\n')[0]
      .replace(/\s*\(.*$/, '')
      .trim();
  } catch (error) {
    return {
      ...row,
      status: 'unavailable',
      failures: [`${bin} --version: ${String(error).slice(0, 300)}`],
    };
  }
  const smoke = await runProbes(argv);
  const passed = smoke.checks.filter((c) => c.ok).length;
  row.smoke = `${passed}/${smoke.checks.length} in ${(smoke.durationMs / 1000).toFixed(1)} s`;
  for (const c of smoke.checks.filter((c) => !c.ok)) row.failures.push(`${c.name}: ${c.detail}`);
  if (values.suite && runtime.runsSuite) {
    console.error(`[runtime-matrix] ${runtime.id}: running the test suite ${suiteArgs.join(' ')}`);
    const suite = await runSuite(bin, root, suiteArgs);
    const tests = suite.summary.find((line) => line.startsWith('Tests')) ?? '';
    row.suite = `${suite.ok ? 'ok' : 'FAIL'} ${tests.replace(/^Tests\s+/, '')} in ${(suite.durationMs / 1000).toFixed(0)} s`;
    if (!suite.ok)
      row.failures.push(`suite:\n  ${suite.summary.join('\n  ') || suite.output.slice(-2000)}`);
  }
  row.status = row.failures.length === 0 ? 'ok' : 'FAIL';
  return row;
}

function mb(bytes) {
  return (bytes / 1_048_576).toFixed(0);
}

function printRows(list) {
  const header = ['runtime', 'version', 'fetch', 'packed / binary', 'smoke', 'suite', 'result'];
  const lines = list.map((r) => [r.id, r.version, r.fetch, r.size, r.smoke, r.suite, r.status]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  console.log(`\n${format(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const line of lines) console.log(format(line));
}
