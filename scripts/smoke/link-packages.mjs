import { mkdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI, LIBRARIES } from './packages.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const packagesDir = join(here, '..', '..', 'packages');

/**
 * Makes scripts/smoke a consumer of the workspace packages: node_modules/<name> links to
 * packages/<folder>, so the probes beside it load each package by name through its own
 * `exports` map, as an installed copy would (git-ignored; rebuilt every run, it costs ~1 ms).
 */
export function linkPackages() {
  for (const { name, folder } of [...LIBRARIES, CLI]) {
    const link = join(here, 'node_modules', name);
    const target = join(packagesDir, folder);
    if (currentTarget(link) === target) continue;
    rmSync(link, { force: true, recursive: true });
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(target, link, 'dir');
  }
}

function currentTarget(link) {
  try {
    return readlinkSync(link);
  } catch {
    return undefined;
  }
}
