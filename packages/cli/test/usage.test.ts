import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { json, runCli } from './helpers/run-cli.js';

describe('acme-auth usage', () => {
  it.each([[], ['extract-curl'], ['check'], ['headers'], ['demo']])(
    '%s --help documents the exit codes and --json',
    async (...command: string[]) => {
      const run = await runCli([...command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Exit codes:');
      expect(run.stdout).toContain('2  usage error');
      if (command.length > 0) expect(run.stdout).toContain('--json');
    },
  );

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(pkg.version);
  });

  it('exits 2 on an unknown command or option, as JSON with --json', async () => {
    expect((await runCli(['frobnicate'])).code).toBe(2);
    const run = await runCli(['demo', '--frobnicate', '--json']);
    expect(run.code).toBe(2);
    expect(json(run)).toMatchObject({ ok: false, error: { kind: 'usage' } });
    expect(run.stderr).toBe('');
  });

  it('exits 2 without a command', async () => {
    expect((await runCli([])).code).toBe(2);
  });

  it('exits 2 when extract-curl reads an empty stdin: missing input is a usage error', async () => {
    const run = await runCli(['extract-curl'], { input: '  \n' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('stdin is empty');
  });
});
