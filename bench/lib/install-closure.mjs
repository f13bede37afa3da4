// The production dependency closure of an installed package, walked on disk the way Node
// resolves (pnpm's layout: a package's dependencies are its siblings under .pnpm/…/node_modules).
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Bytes of every file under `dir`, skipping nested node_modules. */
function directoryBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += directoryBytes(full);
    else if (entry.isFile()) total += statSync(full).size;
  }
  return total;
}

/** A workspace package ships only its `files` (plus package.json), as `npm pack` would. */
function publishedBytes(dir, manifest) {
  if (!Array.isArray(manifest.files)) return directoryBytes(dir);
  let total = statSync(path.join(dir, 'package.json')).size;
  for (const entry of manifest.files) {
    const full = path.join(dir, entry);
    if (!existsSync(full)) continue;
    total += statSync(full).isDirectory() ? directoryBytes(full) : statSync(full).size;
  }
  return total;
}

/** Finds `name` from `fromDir` upwards, as Node's resolution does. */
function resolvePackageDir(name, fromDir) {
  let dir = fromDir;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return realpathSync(candidate);
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Production closure of the package in `rootDir`, the root excluded: packages, bytes, names. */
export function installClosure(rootDir) {
  const seen = new Map(); // realpath -> { name, version, bytes }
  const missing = new Set();
  const visit = (dir) => {
    const manifest = readJson(path.join(dir, 'package.json'));
    const peersMeta = manifest.peerDependenciesMeta ?? {};
    const required = [
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}).filter(
        (name) => peersMeta[name]?.optional !== true,
      ),
    ];
    const optional = Object.keys(manifest.optionalDependencies ?? {});
    for (const name of [...required, ...optional]) {
      const depDir = resolvePackageDir(name, dir);
      if (depDir === undefined) {
        // An optional dependency for another platform is legitimately absent.
        if (!optional.includes(name)) missing.add(name);
        continue;
      }
      if (seen.has(depDir)) continue;
      const depManifest = readJson(path.join(depDir, 'package.json'));
      const isWorkspace = !depDir.includes(`${path.sep}node_modules${path.sep}`);
      seen.set(depDir, {
        name: depManifest.name,
        version: depManifest.version,
        bytes: isWorkspace ? publishedBytes(depDir, depManifest) : directoryBytes(depDir),
      });
      visit(depDir);
    }
  };
  visit(realpathSync(rootDir));
  const packages = [...seen.values()].sort((a, b) => b.bytes - a.bytes);
  return {
    packages: packages.length,
    bytes: packages.reduce((sum, item) => sum + item.bytes, 0),
    largest: packages.slice(0, 5).map((item) => `${item.name}@${item.version} ${item.bytes}`),
    all: packages.map((item) => `${item.name}@${item.version}`),
    missing: [...missing],
  };
}
