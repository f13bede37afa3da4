import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** A registry fetch that takes longer has stalled; it is reported as unavailable. */
export const FETCH_TIMEOUT_MS = 300_000;

/**
 * The runtime's binary in `cacheDir/<id>/`, fetched with `npm pack <spec>` when absent (or
 * when `refresh`): only the binary is kept, the tarball is deleted. Resolves to
 * `{ bin, version, packedBytes, binaryBytes, fetchMs, cached }`.
 */
export async function ensureRuntime(runtime, cacheDir, { refresh = false } = {}) {
  const dir = join(cacheDir, runtime.id);
  const metaFile = join(dir, 'meta.json');
  if (!refresh && existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
    if (meta.spec === runtime.spec && existsSync(meta.bin)) return { ...meta, cached: true };
  }
  mkdirSync(cacheDir, { recursive: true });
  const started = performance.now();
  const scratch = mkdtempSync(join(cacheDir, `.${runtime.id}-`));
  try {
    const { stdout } = await run(
      'npm',
      ['pack', runtime.spec, '--json', '--pack-destination', scratch],
      {
        timeout: FETCH_TIMEOUT_MS,
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const [packed] = JSON.parse(stdout);
    const tarball = join(scratch, packed.filename);
    await run('tar', ['-xzf', tarball, '-C', scratch, runtime.member], {
      timeout: FETCH_TIMEOUT_MS,
    });
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const bin = join(dir, basename(runtime.member));
    renameSync(join(scratch, runtime.member), bin);
    const meta = {
      spec: runtime.spec,
      version: packed.version,
      bin,
      packedBytes: statSync(tarball).size,
      binaryBytes: statSync(bin).size,
      fetchMs: Math.round(performance.now() - started),
    };
    writeFileSync(metaFile, `${JSON.stringify(meta, null, 2)}\n`);
    return { ...meta, cached: false };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
