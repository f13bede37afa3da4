// The README's Stake tour, compiled by the CLI's type tests (packages/cli/test/tour.test-d.ts);
// a test checks that README.md shows the region below exactly.
// #region readme
import { formatAmount, StakeClient } from '@acme/stake-client';

await using stake = new StakeClient({ accessToken: process.env.STAKE_ACCESS_TOKEN ?? '' });
const { available } = await stake.getUserBalances(); // exact strings: 1e-8 is "0.00000001"
console.log(formatAmount(available.btc ?? '0', 'btc'));
// #endregion readme
