import { StakeClient, USER_BALANCES_QUERY } from '@acme/stake-client';
import { startStakeServer } from '@acme/testing';
import type { CallOptions, TransportKind } from '@core/auth';
import { CLIENT_LIMITS, RETRY } from './faults.js';
import { AttemptCounter, type ChargeOp, type FaultTarget, once } from './target.js';
import { faultTarget } from './target-shell.js';

const DICE_ROLL =
  'mutation DiceRoll($amount: Float!, $target: Float!) { diceRoll(amount: $amount, target: $target, condition: above, currency: btc) { id payout } }';
// Several operations in one document: the type must come from the one operationName picks.
const QUERY_AND_MUTATION =
  'query Balance { user { id } } mutation CashOut($id: String!) { cashOut(id: $id) { id } }';

/** Stake: getUserBalances as the read; mutations, which move money, as the charges. */
export async function stakeTarget(transport: TransportKind): Promise<FaultTarget> {
  const server = await startStakeServer();
  const counter = new AttemptCounter();
  const token = server.accounts[0]?.accessToken ?? '';
  const client = (): StakeClient =>
    new StakeClient({
      baseUrl: server.url,
      allowInsecureHttp: true,
      accessToken: token,
      rateLimit: false,
      retry: RETRY,
      transport,
      hooks: counter.hooks,
      ...CLIENT_LIMITS,
    });
  const mutation = (
    name: string,
    document: string,
    variables: Record<string, unknown>,
    operationName?: string,
  ): ChargeOp => ({
    name: `graphql mutation ${name}`,
    matches: (request) => request.path === '/_api/graphql' && operationOf(request.body) === name,
    run: (call: CallOptions) =>
      once(client(), (c) =>
        c.graphql(document, {
          variables,
          ...(operationName === undefined ? {} : { operationName }),
          ...call,
        }),
      ),
  });
  return faultTarget({
    name: 'stake',
    provider: '@acme/stake-client',
    loopback: server.loopback,
    counter,
    read: (call) => once(client(), (c) => c.getUserBalances(call)),
    async okBody() {
      const response = await fetch(`${server.url}/_api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-access-token': token },
        body: JSON.stringify({ query: USER_BALANCES_QUERY }),
      });
      return response.text();
    },
    chargeOps: [
      mutation('DiceRoll', DICE_ROLL, { amount: 0.00000001, target: 50.5 }),
      mutation('CashOut', QUERY_AND_MUTATION, { id: 'fake-bet-1' }, 'CashOut'),
    ],
    close: () => server.close(),
  });
}

/** The operationName a GraphQL request body names, as the server reads it. */
function operationOf(body: string): unknown {
  try {
    return (JSON.parse(body) as { operationName?: unknown }).operationName;
  } catch {
    return undefined;
  }
}
