// `pnpm smoke`: every built package loaded by name with import() and require(), one real
// loopback call per client through each build, and the CLI bin, on this Node. Exit 1 on any
// failure. The runtime matrix (scripts/runtime-matrix) runs the same probes elsewhere.
import { runProbes } from './run-probes.mjs';

const { checks, durationMs } = await runProbes([process.execPath]);
const width = Math.max(...checks.map((check) => check.name.length));
for (const { name, ok, detail } of checks) {
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${name.padEnd(width)}  ${detail}`);
}
const failed = checks.filter((check) => !check.ok).length;
console.log(`\nnode ${process.version}, ${durationMs} ms`);
console.log(`smoke: ${checks.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
