import { packageBuild } from '../../tsup.shared.js';

// ky 1.x ships ESM only, so the CommonJS build carries its own copy of ky instead of
// relying on require(esm).
// Two entries: `@core/auth`, and `@core/auth/zod`, which alone loads zod.
const entry = { index: 'src/index.ts', zod: 'src/zod.ts' };

export default [
  packageBuild({ entry, format: ['esm'] }),
  packageBuild({ entry, format: ['cjs'], noExternal: ['ky'], clean: false }),
];
