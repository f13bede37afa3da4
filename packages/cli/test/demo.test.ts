import { describe, expect, it } from 'vitest';
import { json, runCli } from './helpers/run-cli.js';

interface DemoReport {
  ok: boolean;
  steps: { id: string; ok: boolean; results: string[] }[];
}

describe('acme-auth demo', () => {
  it("runs each client's real flow on the local servers and reports it", async () => {
    const run = await runCli(['demo']);
    expect(run.code).toBe(0);
    for (const title of ['Stake.com', 'Stack Auth', 'Stash', 'The pipeline underneath']) {
      expect(run.stdout).toContain(title);
    }
    expect(run.stdout).toContain('balances as exact decimals: 0.00000001 BTC');
    expect(run.stdout).toContain('signed webhook verified: PURCHASE_SUCCEEDED');
    expect(run.stdout).toContain('every step behaved as promised');
    // Progress goes to stderr as plain lines off a TTY; the report stays on stdout.
    expect(run.stderr).toContain('… Stake.com (account script): starting the local Stake server');
    expect(run.stdout).not.toContain('starting the local Stake server'); // progress is stderr's
  });

  it('--json prints the report as one document, progress silent', async () => {
    const run = await runCli(['demo', '--json']);
    expect(run.code).toBe(0);
    const report = json<DemoReport>(run);
    expect(report.ok).toBe(true);
    expect(report.steps.map((s) => [s.id, s.ok])).toEqual([
      ['stake', true],
      ['stack', true],
      ['stash', true],
      ['pipeline', true],
    ]);
    expect(report.steps[0]?.results[0]).toMatch(/token read from a pasted curl: fa4efa4e…fa4e$/);
    expect(run.stdout).not.toMatch(/(fa4e){24}/);
    expect(run.stderr).toBe('');
  });
});
