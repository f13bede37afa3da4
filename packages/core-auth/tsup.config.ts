import { packageBuild } from '../../tsup.shared.js';

// ky 1.x ships ESM only, so the CommonJS build carries its own copy of ky instead of
// relying on require(esm).
export default [
  packageBuild({ format: ['esm'] }),
  packageBuild({ format: ['cjs'], noExternal: ['ky'], clean: false }),
];
