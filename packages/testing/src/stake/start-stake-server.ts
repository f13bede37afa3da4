import { type LoopbackServer, startLoopbackServer } from '../loopback-server.js';
import type { RecordedRequest } from '../recorded-request.js';
import type { ScriptedResponse } from '../scripted-response.js';
import { defaultStakeAccounts, type StakeAccountFixture } from './fake-accounts.js';
import {
  createStakeRouter,
  defaultStakeOperations,
  type StakeOperationHandler,
} from './stake-router.js';

/**
 * Options of {@link startStakeServer}.
 *
 * @example
 * ```ts
 * await startStakeServer({ accounts: [{ ...defaultStakeAccounts()[0], available: { btc: '2' } }] });
 * ```
 */
export interface StakeServerOptions {
  /** @default defaultStakeAccounts() */
  accounts?: StakeAccountFixture[];
}

/**
 * A local Stake: `POST /_api/graphql` with real token and cookie checks, seeded accounts,
 * `UserBalances` (amounts as JSON numbers, `1e-8` included), `UserProfile` and
 * `CurrencyConfiguration`, and Stake's errors (HTTP 200, `errors[].errorType`). Faults go
 * through `enqueue` with `cloudflareChallenge()`, `cloudflare1015()`,
 * `stakeTooManyRequests()`, `stakeParallelBet()` or `stakeGraphQLError()`.
 *
 * @example
 * ```ts
 * await using stake = await startStakeServer();
 * stake.enqueue(cloudflareChallenge(503));
 * ```
 */
export interface StakeServer extends AsyncDisposable {
  /** `http://127.0.0.1:<port>`: pass it as the client's `baseUrl` with `allowInsecureHttp`. */
  readonly url: string;
  /** The seeded accounts, live: change balances between calls. */
  readonly accounts: StakeAccountFixture[];
  /** The underlying loopback server (faults, handler, log). */
  readonly loopback: LoopbackServer;
  /** Every request, faulted ones too. */
  readonly requests: readonly RecordedRequest[];
  /** One-shot answers for the next requests, before the GraphQL router. */
  enqueue(...responses: ScriptedResponse[]): this;
  /** Serves (or replaces) an operation by name. */
  setOperation(operationName: string, handler: StakeOperationHandler): this;
  /** Empties the queue and the request log. */
  reset(): this;
  close(): Promise<void>;
}

/**
 * Starts a local Stake on 127.0.0.1 and a free port.
 *
 * @example
 * ```ts
 * await using stake = await startStakeServer();
 * const [alice] = stake.accounts;
 * const client = new StakeClient({ baseUrl: stake.url, allowInsecureHttp: true, accessToken: alice.accessToken });
 * ```
 */
export async function startStakeServer(options: StakeServerOptions = {}): Promise<StakeServer> {
  const state = {
    accounts: options.accounts ?? defaultStakeAccounts(),
    operations: defaultStakeOperations(),
  };
  const loopback = await startLoopbackServer({ handler: createStakeRouter(state) });
  const server: StakeServer = {
    url: loopback.url,
    accounts: state.accounts,
    loopback,
    requests: loopback.requests,
    enqueue(...responses) {
      loopback.enqueue(...responses);
      return server;
    },
    setOperation(operationName, handler) {
      state.operations.set(operationName, handler);
      return server;
    },
    reset() {
      loopback.reset();
      return server;
    },
    close: () => loopback.close(),
    [Symbol.asyncDispose]: () => loopback.close(),
  };
  return server;
}
