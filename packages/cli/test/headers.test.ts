import { startStackServer, startStakeServer, startStashServer } from '@acme/testing';
import { describe, expect, it } from 'vitest';
import { json, runCli } from './helpers/run-cli.js';

interface HeadersReport {
  ok: boolean;
  provider: string;
  headers: Record<string, string>;
}

describe('acme-auth headers', () => {
  it('shows Stake headers from the client, masked', async () => {
    await using server = await startStakeServer();
    const token = server.accounts[0]?.accessToken ?? '';
    const run = await runCli(['headers', 'stake', '--json'], {
      env: { STAKE_ACCESS_TOKEN: token, STAKE_BASE_URL: server.url },
    });
    expect(run.code).toBe(0);
    const { headers } = json<HeadersReport>(run);
    expect(headers['x-access-token']).toBe('fa4efa4e…fa4e');
    expect(headers.cookie).toBe('session=fa4efa4e…fa4e');
    expect(headers.origin).toBe(server.url);
    expect(run.stdout).not.toContain(token);
  });

  it('shows Stack headers of the key type, masked', async () => {
    await using server = await startStackServer();
    const key = server.keys.secretServerKey;
    const run = await runCli(['headers', 'stack'], {
      env: { STACK_PROJECT_ID: server.projectId, STACK_SECRET_SERVER_KEY: key },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('x-stack-access-type: server');
    expect(run.stdout).toContain(`x-stack-project-id: ${server.projectId}`);
    expect(run.stdout).toMatch(/x-stack-secret-server-key: \S+…\S{4}/);
    expect(run.stdout).not.toContain(key);
  });

  it('shows a Stash HMAC header with its signature masked', async () => {
    await using server = await startStashServer();
    const { shopId, hmacSecret } = server.credentials;
    const run = await runCli(['headers', 'stash', '--json'], {
      env: { STASH_SHOP_ID: shopId, STASH_INGRESS_SECRET: hmacSecret, STASH_ENVIRONMENT: 'test' },
    });
    expect(run.code).toBe(0);
    const value = json<HeadersReport>(run).headers['x-stash-hmac-signature'] ?? '';
    expect(value).toMatch(new RegExp(`^v1;${shopId};\\d{13};\\S{8}…\\S{4}$`));
    expect(run.stdout).not.toContain(hmacSecret);
  });

  it('names the variables when there are none, with exit 1', async () => {
    const run = await runCli(['headers', 'stash', '--json']);
    expect(run.code).toBe(1);
    expect(json(run)).toMatchObject({ ok: false, error: { name: 'CredentialError' } });
    expect(run.stdout).toContain('STASH_SHOP_ID');
  });

  it('exits 2 without a provider', async () => {
    expect((await runCli(['headers'])).code).toBe(2);
  });
});
