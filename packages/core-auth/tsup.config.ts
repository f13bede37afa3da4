import { defineConfig } from 'tsup';

// ky 1.x ships ESM only, so the CommonJS build carries its own copy of ky instead of
// relying on require(esm).
export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
  },
  {
    entry: ['src/index.ts'],
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    noExternal: ['ky'],
  },
]);
