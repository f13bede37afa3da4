// Builds the workspace packages whose dist/ is missing or older than their sources, so
// `pnpm test` works on a fresh clone (the CLI's tests run the built bin, which loads the
// clients' dist/) and costs nothing after `pnpm build` (CI builds first).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const packagesDir = join(root, 'packages');
const shared = [join(root, 'tsup.shared.ts'), join(root, 'tsconfig.base.json')];

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}
const mtime = (path) => statSync(path).mtimeMs;

const stale = [];
for (const name of readdirSync(packagesDir)) {
  const dir = join(packagesDir, name);
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) continue;
  const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
  if (pkg.scripts?.build === undefined) continue;
  const built = files(join(dir, 'dist'));
  const sources = [...files(join(dir, 'src')), manifest, join(dir, 'tsup.config.ts'), ...shared];
  const builtAt = Math.min(...built.map(mtime));
  const changedAt = Math.max(...sources.filter(existsSync).map(mtime));
  if (built.length === 0 || changedAt > builtAt) stale.push(pkg.name);
}

if (stale.length > 0) {
  console.error(`Building ${stale.join(', ')} (dist missing or older than src)…`);
  const filters = stale.flatMap((name) => ['--filter', name]);
  // pnpm puts its own entry point in npm_execpath; otherwise fetch it the README's way.
  const pnpm = process.env.npm_execpath;
  const [command, args] = pnpm?.includes('pnpm')
    ? [process.execPath, [pnpm, ...filters, 'run', 'build']]
    : ['npx', ['-y', 'pnpm@10', ...filters, 'run', 'build']];
  // Build logs go to stderr, so a command's own stdout (e.g. `--json`) stays clean.
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 2, 2] });
  process.exit(result.status ?? 1);
}
