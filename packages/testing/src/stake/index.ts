export {
  defaultStakeAccounts,
  FAKE_STAKE_BASE_RATES,
  fakeStakeToken,
  type StakeAccountFixture,
} from './fake-accounts.js';
export {
  cloudflare1015,
  cloudflareChallenge,
  JsonNumber,
  type StakeErrorEntry,
  stakeGraphQLError,
  stakeParallelBet,
  stakeTooManyRequests,
  stringifyStakeJson,
} from './stake-responses.js';
export { defaultStakeOperations, type StakeOperationHandler, stakeJson } from './stake-router.js';
export {
  type StakeServer,
  type StakeServerOptions,
  startStakeServer,
} from './start-stake-server.js';
