// `pnpm acme-auth …` inside this repo: builds what is stale, then runs the CLI in the folder
// pnpm was called from (pnpm runs scripts at the root, which would misplace ./.env and any
// relative path). Build output goes to stderr so `--json` stays clean.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const built = spawnSync(process.execPath, [`${root}scripts/ensure-built.mjs`], {
  stdio: ['ignore', 2, 2],
});
if (built.status !== 0) process.exit(built.status ?? 1);
const cli = spawnSync(
  process.execPath,
  [`${root}packages/cli/dist/cli.js`, ...process.argv.slice(2)],
  {
    cwd: process.env.INIT_CWD ?? process.cwd(),
    stdio: 'inherit',
  },
);
process.exit(cli.status ?? 1);
