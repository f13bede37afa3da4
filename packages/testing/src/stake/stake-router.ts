import type { RecordedRequest } from '../recorded-request.js';
import type { Handler, ScriptedResponse } from '../scripted-response.js';
import { FAKE_STAKE_BASE_RATES, type StakeAccountFixture } from './fake-accounts.js';
import { documentOperations } from './operation-names.js';
import { JsonNumber, type StakeErrorEntry, stringifyStakeJson } from './stake-responses.js';

/** Answers one operation for an authenticated account (or none, for public queries). */
export type StakeOperationHandler = (input: {
  variables: Record<string, unknown>;
  account: StakeAccountFixture | undefined;
  request: RecordedRequest;
}) => ScriptedResponse;

/** What the router reads and the server exposes. */
export interface StakeServerState {
  readonly accounts: StakeAccountFixture[];
  readonly operations: Map<string, StakeOperationHandler>;
}

const TOKEN = /^[0-9a-f]{96}$/i;
// Operations that read the logged-in user: they need a valid token.
const USER_OPERATIONS = new Set(['UserBalances', 'UserProfile']);

/** `json` sent through {@link stringifyStakeJson}, so JSON numbers keep their literals. */
export function stakeJson(value: unknown, status = 200): ScriptedResponse {
  return {
    status,
    headers: { 'content-type': 'application/json' },
    body: stringifyStakeJson(value),
  };
}

function badRequest(message: string): ScriptedResponse {
  return stakeJson({ errors: [{ message, errorType: 'badRequest' }] }, 400);
}

function errors(entries: StakeErrorEntry[], data: unknown = null): ScriptedResponse {
  return stakeJson({ errors: entries, data });
}

/**
 * Simple rules of the local `/_api/graphql` (research §2):
 * - only POST with a JSON body `{ query, variables?, operationName? }`;
 * - `operationName`, when sent, must name an operation of `query` (HTTP 400 otherwise);
 * - `x-access-token` must be 96 hex, else HTTP 200 with errorType `unauthenticated`;
 * - a `session` cookie, when sent, must equal the token (they are the same value);
 * - a well-formed but unknown token gets `data.user: null` with no errors;
 * - errors come with HTTP 200 and `errors[].errorType`.
 */
export function createStakeRouter(state: StakeServerState): Handler {
  return (request) => {
    if (request.path !== '/_api/graphql') {
      return {
        status: 404,
        headers: { 'content-type': 'text/html' },
        body: '<!DOCTYPE html><h1>404</h1>',
      };
    }
    if (request.method !== 'POST') return { status: 405, body: 'Method Not Allowed' };
    let body: { query?: unknown; variables?: unknown; operationName?: unknown };
    try {
      body = JSON.parse(request.body) as typeof body;
    } catch {
      return stakeJson(
        { errors: [{ message: 'Bad request: body is not JSON', errorType: 'badRequest' }] },
        400,
      );
    }
    if (typeof body.query !== 'string') {
      return stakeJson(
        { errors: [{ message: 'Must provide query string.', errorType: 'badRequest' }] },
        400,
      );
    }
    // As every GraphQL server: operationName must name an operation of the document, and a
    // document with several operations needs one.
    const operations = documentOperations(body.query);
    const named = typeof body.operationName === 'string' ? body.operationName : undefined;
    if (named !== undefined && !operations.some((operation) => operation.name === named)) {
      return badRequest(`Unknown operation named "${named}".`);
    }
    if (named === undefined && operations.length > 1) {
      return badRequest('Must provide operation name if query contains multiple operations.');
    }
    const operationName = named ?? operations[0]?.name;
    const variables =
      typeof body.variables === 'object' && body.variables !== null
        ? (body.variables as Record<string, unknown>)
        : {};
    const auth = authenticate(request, state);
    if (auth.error !== undefined)
      return errors([{ ...auth.error, path: ['user'] }], { user: null });
    const handler = operationName === undefined ? undefined : state.operations.get(operationName);
    if (handler === undefined) {
      return errors([
        {
          message: `Operation ${operationName ?? '(anonymous)'} is not served by the local Stake server.`,
          errorType: 'invalidOperation',
        },
      ]);
    }
    if (
      operationName !== undefined &&
      USER_OPERATIONS.has(operationName) &&
      auth.account === undefined
    ) {
      return stakeJson({ data: { user: null } });
    }
    return handler({ variables, account: auth.account, request });
  };
}

function authenticate(
  request: RecordedRequest,
  state: StakeServerState,
): { account?: StakeAccountFixture | undefined; error?: StakeErrorEntry } {
  const token = request.headers['x-access-token'];
  if (token === undefined) return {};
  if (!TOKEN.test(token)) {
    return { error: { message: 'Invalid access token format.', errorType: 'unauthenticated' } };
  }
  const session = sessionCookie(request.headers.cookie);
  if (session !== undefined && session !== token) {
    return {
      error: {
        message: 'Session cookie does not match the access token.',
        errorType: 'unauthenticated',
      },
    };
  }
  return { account: state.accounts.find((a) => a.accessToken === token.toLowerCase()) };
}

function sessionCookie(header: string | undefined): string | undefined {
  for (const piece of (header ?? '').split(';')) {
    const [name, ...rest] = piece.trim().split('=');
    if (name === 'session') return rest.join('=');
  }
  return undefined;
}

/** The operations served out of the box. */
export function defaultStakeOperations(): Map<string, StakeOperationHandler> {
  return new Map<string, StakeOperationHandler>([
    [
      'UserBalances',
      ({ account }) =>
        account === undefined ? stakeJson({ data: { user: null } }) : balances(account),
    ],
    [
      'UserProfile',
      ({ account }) =>
        account === undefined
          ? stakeJson({ data: { user: null } })
          : stakeJson({
              data: {
                user: {
                  id: account.id,
                  name: account.name,
                  email: account.email,
                  hasEmailVerified: true,
                  isMuted: false,
                  isRainproof: false,
                  isBanned: false,
                  createdAt: account.createdAt,
                  __typename: 'User',
                },
              },
            }),
    ],
    [
      'CurrencyConfiguration',
      ({ variables }) =>
        typeof variables.isAcp !== 'boolean'
          ? errors([
              {
                message: 'Variable "$isAcp" of required type "Boolean!" was not provided.',
                errorType: 'badRequest',
              },
            ])
          : stakeJson({
              data: {
                currencyConfiguration: {
                  baseRates: Object.entries(FAKE_STAKE_BASE_RATES).map(([currency, rate]) => ({
                    currency,
                    baseRate: new JsonNumber(rate),
                  })),
                  launchedFiatCurrencies: variables.isAcp ? ['usd'] : ['usd', 'eur', 'jpy'],
                  displayFiatCurrencies: variables.isAcp ? ['usd'] : ['usd', 'eur', 'jpy', 'brl'],
                },
              },
            }),
    ],
  ]);
}

function balances(account: StakeAccountFixture): ScriptedResponse {
  const currencies = [
    ...new Set([...Object.keys(account.available), ...Object.keys(account.vault)]),
  ];
  const amount = (literal: string | undefined, currency: string) => ({
    amount: new JsonNumber(literal ?? '0'),
    currency,
    __typename: 'Amount',
  });
  return stakeJson({
    data: {
      user: {
        id: account.id,
        balances: currencies.map((currency) => ({
          available: amount(account.available[currency], currency),
          vault: amount(account.vault[currency], currency),
          __typename: 'Balance',
        })),
        __typename: 'User',
      },
    },
  });
}
