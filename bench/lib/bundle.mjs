// Tree-shaken, minified, gzipped bundle of one package's main export with its dependencies.
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BENCH_DIR = fileURLToPath(new URL('..', import.meta.url));

/** The size budget of each client's bundle (issue 7: ≤ 20 KB gzipped). */
export const BUNDLE_BUDGET_BYTES = 20 * 1024;

/** Bundles `export { entry } from 'name'` for Node (builtins stay external); sizes in bytes. */
export async function bundleSize(name, entry) {
  const result = await build({
    stdin: { contents: `export { ${entry} } from '${name}';`, resolveDir: BENCH_DIR, loader: 'js' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const code = result.outputFiles[0].contents;
  const inputs = {};
  const [output] = Object.values(result.metafile.outputs);
  for (const [file, input] of Object.entries(output?.inputs ?? {})) {
    // `../node_modules/.pnpm/ky@1.14.3/node_modules/ky/…` -> ky; `../packages/core-auth/…` -> packages/core-auth
    const match = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
    const owner =
      match?.[1] ??
      file
        .replace(/^(\.\.\/)+/, '')
        .split('/')
        .slice(0, 2)
        .join('/');
    inputs[owner] = (inputs[owner] ?? 0) + input.bytesInOutput;
  }
  const byPackage = Object.fromEntries(Object.entries(inputs).sort((a, b) => b[1] - a[1]));
  return {
    minifiedBytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    minifiedBytesByPackage: byPackage,
  };
}
