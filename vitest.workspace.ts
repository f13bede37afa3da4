import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The one list of test projects: every package with a test/ folder. Vitest 4 no longer
// discovers this file by name, so the root `test` script passes it with --config.
const root = fileURLToPath(new URL('.', import.meta.url));
const packagesDir = `${root}packages`;
const packages = readdirSync(packagesDir).filter((name) =>
  existsSync(`${packagesDir}/${name}/test`),
);

// Tests run against each package's source, so `pnpm test` needs no build first.
const sourceEntry: Record<string, string> = {
  '@core/auth': `${packagesDir}/core-auth/src/index.ts`,
  '@core/auth/zod': `${packagesDir}/core-auth/src/zod.ts`,
  '@acme/testing': `${packagesDir}/testing/src/index.ts`,
  '@acme/stake-client': `${packagesDir}/stake-client/src/index.ts`,
  '@acme/stack-client': `${packagesDir}/stack-client/src/index.ts`,
  '@acme/stash-client': `${packagesDir}/stash-client/src/index.ts`,
};

export default defineConfig({
  resolve: {
    alias: Object.entries(sourceEntry)
      .filter(([, file]) => existsSync(file))
      .map(([find, replacement]) => ({ find: new RegExp(`^${find}$`), replacement })),
  },
  test: {
    reporters: ['default', './vitest.summary-reporter.ts'],
    projects: packages.map((name) => ({
      extends: true,
      test: {
        name,
        root: `${packagesDir}/${name}`,
        include: ['test/**/*.test.ts'],
        typecheck: {
          enabled: true,
          include: ['test/**/*.test-d.ts'],
          // Each package's own type tests only; `pnpm typecheck` covers the whole repo once.
          tsconfig: `${packagesDir}/${name}/tsconfig.test.json`,
        },
      },
    })),
  },
});
