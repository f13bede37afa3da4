import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startStackServer, startStakeServer, startStashServer } from '@acme/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDir, json, runCli } from './helpers/run-cli.js';

let stake: Awaited<ReturnType<typeof startStakeServer>>;
let stack: Awaited<ReturnType<typeof startStackServer>>;
let stash: Awaited<ReturnType<typeof startStashServer>>;
let env: Record<string, string>;

beforeAll(async () => {
  [stake, stack, stash] = await Promise.all([
    startStakeServer(),
    startStackServer(),
    startStashServer(),
  ]);
  env = {
    STAKE_ACCESS_TOKEN: stake.accounts[0]?.accessToken ?? '',
    STAKE_BASE_URL: stake.url,
    STACK_PROJECT_ID: stack.projectId,
    STACK_SECRET_SERVER_KEY: stack.keys.secretServerKey,
    STACK_BASE_URL: stack.url,
    STASH_SHOP_ID: stash.credentials.shopId,
    STASH_INGRESS_SECRET: stash.credentials.hmacSecret,
    STASH_BASE_URL: stash.url,
  };
});
afterAll(async () => {
  await Promise.all([stake?.close(), stack?.close(), stash?.close()]);
});

interface Report {
  ok: boolean;
  envFile: string | null;
  providers: {
    provider: string;
    status: string;
    missing: string[];
    steps: { name: string; ok: boolean; message: string }[];
  }[];
}

describe('acme-auth check', () => {
  it('passes all three against the local servers, one call each, secrets masked', async () => {
    const before = [stake.requests.length, stack.loopback.requests.length, stash.requests.length];
    const run = await runCli(['check', 'all', '--json'], { env });
    expect(run.code).toBe(0);
    const report = json<Report>(run);
    expect(report.ok).toBe(true);
    expect(report.providers.map((p) => [p.provider, p.status])).toEqual([
      ['stake', 'ok'],
      ['stack', 'ok'],
      ['stash', 'ok'],
    ]);
    expect(report.providers.flatMap((p) => p.steps.map((s) => s.name))).toEqual([
      'format',
      'auth',
      'format',
      'auth',
      'format',
      'auth',
    ]);
    expect(stake.requests.length - (before[0] ?? 0)).toBe(1);
    expect(stack.loopback.requests.length - (before[1] ?? 0)).toBe(1);
    expect(stash.requests.length - (before[2] ?? 0)).toBe(1);
    for (const secret of [
      env.STAKE_ACCESS_TOKEN,
      env.STACK_SECRET_SERVER_KEY,
      env.STASH_INGRESS_SECRET,
    ]) {
      expect(run.stdout).not.toContain(secret);
    }
  });

  it('prints a readable report and reads a .env file', async () => {
    const dir = await emptyDir();
    const lines = Object.entries(env).filter(([name]) => name.startsWith('STAKE_'));
    await writeFile(join(dir, '.env'), lines.map(([k, v]) => `${k}=${v}`).join('\n'));
    const run = await runCli(['check', 'stake'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✓ authenticated as');
    expect(run.stdout).toContain(`Read the environment and ${join(dir, '.env')}`);
    expect(run.stdout).not.toContain(env.STAKE_ACCESS_TOKEN);
    expect(run.stdout).not.toContain(`${String.fromCharCode(27)}[`); // no colours off a TTY
  });

  it('names the variables to set when there are no credentials', async () => {
    const run = await runCli(['check', 'all']);
    expect(run.code).toBe(1);
    for (const name of [
      'STAKE_ACCESS_TOKEN',
      'STACK_PROJECT_ID',
      'STACK_SECRET_SERVER_KEY',
      'STASH_SHOP_ID',
      'STASH_INGRESS_SECRET',
      'STASH_API_KEY',
      'STASH_ENVIRONMENT',
    ]) {
      expect(run.stdout).toContain(name);
    }
  });

  it('fails the format check offline, before any request', async () => {
    const before = stake.requests.length;
    const run = await runCli(['check', 'stake', '--json'], {
      env: { STAKE_ACCESS_TOKEN: 'not-a-token-fake', STAKE_BASE_URL: stake.url },
    });
    expect(run.code).toBe(1);
    const [result] = json<Report>(run).providers;
    expect(result?.status).toBe('failed');
    expect(result?.steps).toMatchObject([{ name: 'format', ok: false }]);
    expect(stake.requests.length).toBe(before);
  });

  it('reports a refused credential with exit 1', async () => {
    const wrongSecret = `fake_stash_hmac_${'B1'.repeat(16)}`;
    const run = await runCli(['check', 'stash', '--json'], {
      env: { ...env, STASH_INGRESS_SECRET: wrongSecret },
    });
    expect(run.code).toBe(1);
    const [result] = json<Report>(run).providers;
    expect(result?.steps).toMatchObject([
      { name: 'format', ok: true },
      { name: 'auth', ok: false },
    ]);
    expect(run.stdout).not.toContain(wrongSecret);
  });

  it('checks Stack with a publishable key, and Stash with the legacy API key', async () => {
    const run = await runCli(['check', 'stack', '--json'], {
      env: {
        STACK_PROJECT_ID: stack.projectId,
        STACK_PUBLISHABLE_CLIENT_KEY: stack.keys.publishableClientKey,
        STACK_BASE_URL: stack.url,
      },
    });
    expect(run.code).toBe(0);
    const legacy = await runCli(['check', 'stash', '--json'], {
      env: { STASH_API_KEY: stash.credentials.apiKey, STASH_BASE_URL: stash.url },
    });
    expect(legacy.code).toBe(0);
    expect(legacy.stdout).not.toContain(stash.credentials.apiKey);
  });

  it('exits 2 on an unknown provider', async () => {
    const run = await runCli(['check', 'github']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('github');
  });
});

describe('acme-auth check: options and output hygiene', () => {
  it('reports a missing --dotenv file as a usage error, in one JSON document', async () => {
    const run = await runCli(['check', 'stake', '--json', '--dotenv', './config/.env']);
    expect(run.code).toBe(2);
    expect(json(run)).toMatchObject({ ok: false });
    // The CLI's own check, not commander's "unknown option" nor Node's --env-file exit 9.
    expect(JSON.stringify(json(run))).toContain('does not exist');
  });

  it('never shows user info or query values of a base URL', async () => {
    const secret = 'fake_url_secret_0000000000000000';
    const run = await runCli(['check', 'stake', '--json'], {
      env: { STAKE_BASE_URL: `https://user:${secret}@stake.example/?k=${secret}` },
    });
    expect(run.stdout + run.stderr).not.toContain(secret);
  });
});
