// `pnpm check:packages`: publint (strict: warnings fail) on every publishable package, and
// @arethetypeswrong/cli on every library, each on what `npm pack` would publish. Needs the
// build (CI runs it after `pnpm build`). Two at a time: each tool spends most of a core.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI, LIBRARIES } from './packages.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const CONCURRENCY = 2;

const jobs = [
  ...[...LIBRARIES, CLI].map(({ name, folder }) => ({
    tool: 'publint',
    name,
    // npm packs the same files as pnpm would (the `files` field); pnpm may not be on PATH.
    argv: [bin('publint'), 'run', '--strict', '--pack', 'npm'],
    cwd: join(root, 'packages', folder),
  })),
  // The CLI ships a bin and no types: there is nothing for attw to resolve.
  ...LIBRARIES.map(({ name, folder }) => ({
    tool: 'attw',
    name,
    // node16 profile: every package declares Node >= 20.19, which resolves through `exports`;
    // node10's resolution (no `exports`, so no subpath such as `@core/auth/zod`) never applies.
    argv: [
      bin('attw'),
      '--pack',
      '.',
      '--profile',
      'node16',
      '--format',
      'ascii',
      '--no-emoji',
      '--no-color',
    ],
    cwd: join(root, 'packages', folder),
  })),
];

const started = performance.now();
const results = [];
const queue = [...jobs];
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    for (let job = queue.shift(); job !== undefined; job = queue.shift()) {
      results.push({ ...job, ...(await run(job)) });
    }
  }),
);

results.sort((a, b) => a.name.localeCompare(b.name) || a.tool.localeCompare(b.tool));
for (const { tool, name, ok, output } of results) {
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${tool.padEnd(7)}  ${name}`);
  if (!ok) console.log(indent(output));
}
const failed = results.filter((result) => !result.ok).length;
console.log(`\n${Math.round(performance.now() - started)} ms`);
console.log(`packages: ${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;

function run({ argv: [command, ...args], cwd }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', (error) => resolve({ ok: false, output: String(error) }));
    // publint exits 0 on suggestions, and attw on a package without types: both count here.
    const clean = (code) => code === 0 && !/Suggestions:|does not contain types/.test(output);
    child.on('close', (code) => resolve({ ok: clean(code), output }));
  });
}

function indent(text) {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.includes('Unknown user config'))
    .map((line) => `      ${line}`)
    .join('\n');
}
