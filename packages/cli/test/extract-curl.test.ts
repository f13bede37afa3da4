import { spawnSync } from 'node:child_process';
import { readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyDir, json, runCli } from './helpers/run-cli.js';

const TOKEN = 'fa4e'.repeat(24); // fake 96-hex token
const CLEARANCE = `fake_cf_clearance_${'0'.repeat(20)}`;
const UA = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36';
const CURL = `curl 'https://stake.com/_api/graphql' \\
  -H 'x-access-token: ${TOKEN}' \\
  -H 'user-agent: ${UA}' \\
  -b 'session=${TOKEN}; cf_clearance=${CLEARANCE}' \\
  --data-raw '{"query":"query UserBalances { user { id } }"}'`;

async function gitRepo(ignore: string): Promise<string> {
  const dir = await emptyDir();
  spawnSync('git', ['init', '-q'], { cwd: dir });
  await writeFile(join(dir, '.gitignore'), ignore);
  return dir;
}

describe('acme-auth extract-curl', () => {
  it('prints a masked summary from stdin', async () => {
    const run = await runCli(['extract-curl'], { input: CURL });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('fa4efa4e…fa4e');
    expect(run.stdout).toContain(UA);
    expect(run.stdout).toContain('https://stake.com');
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
    expect(run.stdout + run.stderr).not.toContain(CLEARANCE);
  });

  it('reads a file and prints one masked JSON document', async () => {
    const dir = await emptyDir();
    await writeFile(join(dir, 'request.txt'), CURL);
    const run = await runCli(['extract-curl', 'request.txt', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(json(run)).toMatchObject({
      ok: true,
      form: 'bash',
      accessToken: 'fa4efa4e…fa4e',
      sessionCookie: 'same as the token',
      cfClearance: 'fake_cf_…0000',
      userAgent: UA,
      baseUrl: 'https://stake.com',
      written: null,
    });
    expect(run.stdout).not.toContain(TOKEN);
  });

  it('fails with exit 1 when the curl holds no token', async () => {
    const run = await runCli(['extract-curl', '--json'], {
      input: "curl 'https://stake.com/_api/graphql' -H 'accept: */*'",
    });
    expect(run.code).toBe(1);
    expect(json(run)).toMatchObject({
      ok: false,
      error: { kind: 'error', name: 'ConfigurationError' },
    });
  });

  it('exits 2 when the file cannot be read', async () => {
    const run = await runCli(['extract-curl', 'missing.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot read missing.txt');
  });

  it('--write merges into a git-ignored .env with mode 0600', async () => {
    const dir = await gitRepo('.env\n');
    await writeFile(
      join(dir, '.env'),
      'OTHER=keep\nSTAKE_ACCESS_TOKEN=old\nSTAKE_BASE_URL=https://stake.us\n',
    );
    const run = await runCli(['extract-curl', '--write', '.env', '--json'], {
      cwd: dir,
      input: CURL,
    });
    expect(run.code).toBe(0);
    expect(json(run)).toMatchObject({ written: { mode: '0600', removed: [] } });
    const text = await readFile(join(dir, '.env'), 'utf8');
    expect(text).toBe(
      `OTHER=keep\nSTAKE_ACCESS_TOKEN=${TOKEN}\nSTAKE_BASE_URL=https://stake.com\nSTAKE_CF_CLEARANCE=${CLEARANCE}\nSTAKE_USER_AGENT='${UA}'\n`,
    );
    expect((await stat(join(dir, '.env'))).mode & 0o777).toBe(0o600);
    expect(run.stdout).not.toContain(TOKEN);
    // The file reads back with Node's own parser, as `check` and fromEnv load it.
    const parsed = spawnSync(
      process.execPath,
      ['--env-file=.env', '-p', 'process.env.STAKE_USER_AGENT'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    expect(parsed.stdout.trim()).toBe(UA);
  });

  it('--write refuses a .env that git does not ignore, and writes nothing', async () => {
    const dir = await gitRepo('node_modules/\n');
    const run = await runCli(['extract-curl', '--write', '.env', '--force'], {
      cwd: dir,
      input: CURL,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('git does not ignore it');
    await expect(stat(join(dir, '.env'))).rejects.toThrow();
  });

  it('--write outside a git work tree needs --force', async () => {
    const dir = await emptyDir();
    const refused = await runCli(['extract-curl', '--write', '.env'], { cwd: dir, input: CURL });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('not inside a git work tree');
    const forced = await runCli(['extract-curl', '--write', '.env', '--force'], {
      cwd: dir,
      input: CURL,
    });
    expect(forced.code).toBe(0);
    expect(await readFile(join(dir, '.env'), 'utf8')).toContain(`STAKE_ACCESS_TOKEN=${TOKEN}`);
  });
});

describe('acme-auth extract-curl --write refuses what could leak', () => {
  it('refuses a .env that is tracked, even though .gitignore lists it', async () => {
    const dir = await gitRepo('.env\n');
    await writeFile(join(dir, '.env'), 'OTHER=1\n');
    spawnSync('git', ['add', '-f', '.env'], { cwd: dir });
    const run = await runCli(['extract-curl', '--write', '.env'], { cwd: dir, input: CURL });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('git does not ignore it');
    expect(await readFile(join(dir, '.env'), 'utf8')).toBe('OTHER=1\n');
  });

  it('refuses a symbolic link instead of replacing it', async () => {
    const dir = await gitRepo('.env\n');
    await writeFile(join(dir, 'real.env'), 'OTHER=1\n');
    await symlink(join(dir, 'real.env'), join(dir, '.env'));
    const run = await runCli(['extract-curl', '--write', '.env'], { cwd: dir, input: CURL });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('symbolic link');
    expect(await readFile(join(dir, 'real.env'), 'utf8')).toBe('OTHER=1\n');
  });

  it('leaves no temporary file behind after a write', async () => {
    const dir = await gitRepo('.env\n.env.*\n');
    const run = await runCli(['extract-curl', '--write', '.env'], { cwd: dir, input: CURL });
    expect(run.code).toBe(0);
    const listed = spawnSync('git', ['status', '--porcelain', '--ignored'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(listed.stdout).not.toMatch(/\.tmp/);
  });
});
