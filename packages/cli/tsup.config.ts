import { packageBuild } from '../../tsup.shared.js';

// A command, not a library: one ESM file with a shebang, no types to publish.
export default packageBuild({
  entry: { cli: 'src/cli.ts' },
  format: ['esm'],
  dts: false,
  banner: { js: '#!/usr/bin/env node' },
});
