// `pnpm bench`: every figure of issue 7, each a ratio measured side by side in this one run.
// Prints a table and writes bench/results/latest.json. Speed lives here, never in the tests.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { forkStackServer } from './lib/server-process.mjs';
import { printTable } from './lib/table.mjs';

const MEASURES = [
  './measures/01-latency.mjs',
  './measures/02-throughput.mjs',
  './measures/03-stackframe.mjs',
  './measures/04-cold-import.mjs',
  './measures/05-install-closure.mjs',
  './measures/06-bundle-size.mjs',
  './measures/07-refresh-stampede.mjs',
  './measures/08-verify-token.mjs',
];

const only = process.argv.slice(2);
let serverPromise;
const ctx = { stackServer: () => (serverPromise ??= forkStackServer()) };

const rows = [];
const failures = [];
const started = Date.now();
for (const file of MEASURES) {
  if (only.length > 0 && !only.some((part) => file.includes(part))) continue;
  const t0 = Date.now();
  let title = file;
  try {
    const module = await import(file);
    title = module.title;
    process.stdout.write(`${title} … `);
    const result = await module.measure(ctx);
    rows.push(...result);
    console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.log(`${title} FAILED`);
    console.error(error);
    failures.push({ measure: title, error: String(error?.stack ?? error) });
  }
}
if (serverPromise !== undefined) await (await serverPromise).close();

printTable(rows);
const result = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model,
  seconds: (Date.now() - started) / 1000,
  rows,
  failures,
};
await mkdir(new URL('./results/', import.meta.url), { recursive: true });
await writeFile(
  new URL('./results/latest.json', import.meta.url),
  `${JSON.stringify(result, null, 2)}\n`,
);
console.log(
  `\n${rows.filter((r) => r.pass === false).length} goal(s) missed; wrote bench/results/latest.json (${result.seconds.toFixed(0)} s)`,
);
if (failures.length > 0) process.exitCode = 1;
