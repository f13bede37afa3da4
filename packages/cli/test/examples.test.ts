import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  fakePurchaseSucceededEvent,
  startStackServer,
  startStakeServer,
  startStashServer,
} from '@acme/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyDir, REPO_ROOT } from './helpers/run-cli.js';

// The examples run as users run them: `node examples/<name>.mjs`, on the built packages.
const example = (name: string) => join(REPO_ROOT, 'examples', `${name}.mjs`);
const bareEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };

function runExample(
  name: string,
  env: Record<string, string>,
  args: string[] = [],
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [example(name), ...args],
      { cwd: REPO_ROOT, env: { ...bareEnv, ...env }, timeout: 20_000 },
      (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : Number(error.code ?? -1), stdout, stderr }),
    );
    child.stdin?.end();
  });
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
});

describe('examples', () => {
  it('backend.mjs verifies a user token and lists users (Stack)', async () => {
    await using stack = await startStackServer();
    const userId = stack.seededUserIds[0] ?? '';
    const { accessToken } = await stack.createSession(userId);
    const run = await runExample('backend', {
      STACK_PROJECT_ID: stack.projectId,
      STACK_SECRET_SERVER_KEY: stack.keys.secretServerKey,
      STACK_BASE_URL: stack.url,
      STACK_USER_ACCESS_TOKEN: accessToken,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`GET /me -> 200 {"id":"${userId}"`);
    expect(run.stdout).toMatch(/users: user1@example\.test, /);
  });

  it('backend.mjs answers 401 to a forged token', async () => {
    await using stack = await startStackServer();
    const run = await runExample('backend', {
      STACK_PROJECT_ID: stack.projectId,
      STACK_SECRET_SERVER_KEY: stack.keys.secretServerKey,
      STACK_BASE_URL: stack.url,
      STACK_USER_ACCESS_TOKEN: 'eyJhbGciOiJFUzI1NiJ9.e30.fake',
    });
    expect(run.stdout).toContain('GET /me -> 401');
  });

  it('account.mjs prints balances from a pasted curl (Stake), token masked', async () => {
    await using stake = await startStakeServer();
    const token = stake.accounts[0]?.accessToken ?? '';
    const dir = await emptyDir();
    const file = join(dir, 'request.txt');
    await writeFile(
      file,
      `curl '${stake.url}/_api/graphql' -H 'x-access-token: ${token}' --data-raw '{}'`,
    );
    const run = await runExample('account', {}, [file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('0.00000001 BTC');
    expect(run.stdout).toContain('token fa4efa4e…fa4e');
    expect(run.stdout).not.toContain(token);
  });

  it('shop.mjs makes a quick-pay URL and handles a signed webhook (Stash)', async () => {
    await using stash = await startStashServer();
    const { shopId, hmacSecret, webhookSecret } = stash.credentials;
    const child = spawn(process.execPath, [example('shop')], {
      cwd: REPO_ROOT,
      env: {
        ...bareEnv,
        STASH_SHOP_ID: shopId,
        STASH_INGRESS_SECRET: hmacSecret,
        STASH_WEBHOOK_SECRET: webhookSecret,
        STASH_BASE_URL: stash.url,
      },
    });
    children.push(child);
    let output = '';
    child.stdout.setEncoding('utf8');
    const listening = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: string) => {
        output += chunk;
        const match = /listening on (\S+)/.exec(output);
        if (match?.[1] !== undefined) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`shop.mjs exited ${code}: ${output}`)));
    });
    const url = await listening;
    expect(output).toContain(`checkout: ${stash.url}/pay/`);
    expect(stash.quickPayLinks).toHaveLength(1);

    const delivery = await stash.deliverWebhook(url, fakePurchaseSucceededEvent());
    expect(delivery.status).toBe(200);
    const forged = await fetch(url, {
      method: 'POST',
      body: '{}',
      headers: { 'stash-hmac-signature': 'fake' },
    });
    expect(forged.status).toBe(401);
    await expect.poll(() => output).toContain('webhook: PURCHASE_SUCCEEDED order');
    child.kill('SIGTERM');
    await once(child, 'exit');
  });
});
