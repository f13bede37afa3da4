import { formatAmount, parseCurl, StakeClient } from '@acme/stake-client';
import { startStakeServer } from '@acme/testing';
import { type DemoStep, LOCAL } from '../demo-step.js';

/** Stake: balances as exact decimals, from a pasted "Copy as cURL". */
export const stakeStep: DemoStep = {
  id: 'stake',
  title: 'Stake.com (account script)',
  run: async ({ open, ok, progress }) => {
    progress('starting the local Stake server');
    const server = open(await startStakeServer());
    const account = server.accounts[0];
    if (account === undefined) throw new Error('the local Stake server has no seeded account');
    // What "Copy as cURL" gives you in the browser's network tab, with a fake token.
    const pasted = `curl '${server.url}/_api/graphql' -H 'x-access-token: ${account.accessToken}' -b 'session=${account.accessToken}' --data-raw '{"query":"…"}'`;
    const { accessToken } = parseCurl(pasted);
    if (accessToken === undefined) throw new Error('no token in the pasted curl');
    ok(`token read from a pasted curl: ${accessToken}`);
    progress('asking for balances');
    const client = open(new StakeClient({ ...LOCAL, baseUrl: server.url, accessToken }));
    const { available } = await client.getUserBalances();
    const shown = Object.entries(available).map(([currency, amount]) =>
      formatAmount(amount, currency),
    );
    ok(`balances as exact decimals: ${shown.join(', ')}`);
  },
};
