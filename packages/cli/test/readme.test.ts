import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/run-cli.js';

// The README's code lives in examples/tour/*.ts, compiled by tour.test-d.ts; these tests
// keep the README showing exactly that code, and its two commands exactly what CI runs.
const readme = () => readFile(join(REPO_ROOT, 'README.md'), 'utf8');

function region(source: string): string {
  const start = source.indexOf('// #region readme\n');
  const end = source.indexOf('// #endregion readme');
  if (start < 0 || end < start) throw new Error('no "// #region readme" … "// #endregion readme"');
  return source.slice(start + '// #region readme\n'.length, end);
}

describe('README.md', () => {
  it.each(['stake.ts', 'stack.ts', 'stash.ts', 'pipeline.ts'])(
    'shows examples/tour/%s exactly',
    async (file) => {
      const source = await readFile(join(REPO_ROOT, 'examples', 'tour', file), 'utf8');
      expect(await readme()).toContain(`\`\`\`ts\n${region(source)}\`\`\``);
    },
  );

  it('has a tour file for every ts block that imports a package', async () => {
    const blocks = [...(await readme()).matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
    const tour = await readdir(join(REPO_ROOT, 'examples', 'tour'));
    const regions = await Promise.all(
      tour.map(async (f) => region(await readFile(join(REPO_ROOT, 'examples', 'tour', f), 'utf8'))),
    );
    for (const block of blocks.filter((b) => b?.includes("from '@"))) {
      expect(regions).toContain(block);
    }
  });

  it('gives the two fresh-machine commands that .ci/run runs', async () => {
    const text = await readme();
    expect(text).toContain('npx -y pnpm@10 install && npx -y pnpm@10 demo');
    expect(text).toContain('npx -y pnpm@10 test ');
    const ci = await readFile(join(REPO_ROOT, '.ci', 'run'), 'utf8');
    expect(ci).toMatch(/^pnpm\(\) \{ npx -y pnpm@10 "\$@"; \}$/m);
    for (const line of ['pnpm install --frozen-lockfile', 'pnpm test', 'pnpm demo']) {
      expect(ci.split('\n')).toContain(line);
    }
  });
});
