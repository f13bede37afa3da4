import { stakeGraphQLError, stakeJson } from '@acme/testing';
import { refreshingCredential, Secret } from '@core/auth';
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  NotFoundError,
  RateLimitError,
  StakeAuthenticationError,
  StakeGraphQLError,
  StakeNotFoundError,
  StakeRateLimitError,
} from '../src/index.js';
import { useStake } from './helpers.js';

const stake = useStake();
const DICE =
  'mutation DiceRoll($amount: Float!) { diceRoll(amount: $amount) { id user { email } } }';

async function failure(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => expect.unreachable('expected a rejection'),
    (error: unknown) => error as Error,
  );
}

describe('auth errors that arrive with partial data', () => {
  it('never replays a mutation that returned data with a nested unauthorized error (no double bet)', async () => {
    const server = await stake.start();
    const token = server.accounts[0]?.accessToken ?? '';
    let refreshes = 0;
    const credentials = refreshingCredential({
      refresh: async () => {
        refreshes++;
        return { accessToken: Secret.from(token), expiresAt: Date.now() + 600_000 };
      },
    });
    const partial = {
      data: { diceRoll: { id: 'fake-bet-1' } },
      errors: [
        {
          message: 'Not allowed to read email.',
          errorType: 'unauthorized',
          path: ['diceRoll', 'user', 'email'],
        },
      ],
    };
    server.enqueue(stakeJson(partial), stakeJson(partial));
    const client = stake.client(server, { accessToken: undefined, credentials });
    const error = await failure(client.graphql(DICE, { variables: { amount: 1 } }));
    expect(server.requests).toHaveLength(1);
    expect(refreshes).toBe(1);
    expect(AuthenticationError.is(error) && error.credentialExpired).toBe(false);
    expect(StakeGraphQLError.is(error)).toBe(true);
    expect((error as StakeGraphQLError).data).toEqual(partial.data);
    expect((error as StakeGraphQLError).path).toEqual(['diceRoll', 'user', 'email']);
  });

  it('still refreshes and replays once when a root auth error comes with null data', async () => {
    const server = await stake.start();
    const token = server.accounts[0]?.accessToken ?? '';
    let refreshes = 0;
    const credentials = refreshingCredential({
      refresh: async () => {
        refreshes++;
        return { accessToken: Secret.from(token), expiresAt: Date.now() + 600_000 };
      },
    });
    // Each refresh returns a new object, so the replay uses "a different credential".
    server.enqueue(
      stakeGraphQLError(
        { message: 'Not logged in.', errorType: 'unauthenticated', path: ['user'] },
        { user: null },
      ),
    );
    const client = stake.client(server, { accessToken: undefined, credentials });
    await expect(client.getUserBalances()).resolves.toHaveProperty('available.btc', '0.00000001');
    expect(server.requests).toHaveLength(2);
    expect(refreshes).toBe(2);
  });

  it('maps a root auth error with null data to StakeAuthenticationError carrying the GraphQL details', async () => {
    const server = await stake.start();
    server.enqueue(
      stakeGraphQLError(
        { message: 'Not logged in.', errorType: 'unauthenticated', path: ['diceRoll'] },
        { diceRoll: null },
      ),
    );
    const error = await failure(stake.client(server).graphql(DICE, { variables: { amount: 1 } }));
    expect(AuthenticationError.is(error)).toBe(true);
    expect(StakeAuthenticationError.is(error)).toBe(true);
    const e = error as StakeAuthenticationError;
    expect([e.errorType, e.path, e.operationName]).toEqual([
      'unauthenticated',
      ['diceRoll'],
      'DiceRoll',
    ]);
    expect(e.data).toEqual({ diceRoll: null });
    expect(e.errors).toHaveLength(1);
  });

  it('gives RateLimitError and NotFoundError from GraphQL errors the GraphQL details', async () => {
    const server = await stake.start();
    server.enqueue(
      stakeGraphQLError({
        message: 'Please slow down, you have a bet in progress.',
        errorType: 'parallelCasinoBet',
        path: ['diceRoll'],
      }),
      stakeGraphQLError({ message: 'Game not found.', errorType: 'notFound', path: ['game'] }),
    );
    const client = stake.client(server);
    const limited = await failure(client.graphql(DICE));
    expect(RateLimitError.is(limited) && StakeRateLimitError.is(limited)).toBe(true);
    expect((limited as StakeRateLimitError).errorType).toBe('parallelCasinoBet');
    expect((limited as StakeRateLimitError).operationName).toBe('DiceRoll');
    const missing = await failure(client.graphql('mutation Cashout { game { id } }'));
    expect(NotFoundError.is(missing) && StakeNotFoundError.is(missing)).toBe(true);
    expect((missing as StakeNotFoundError).path).toEqual(['game']);
    expect((missing as StakeNotFoundError).errors[0]?.message).toBe('Game not found.');
  });
});

describe('GraphQL errors on HTTP 5xx', () => {
  it('does not retry a query answered 503 with a GraphQL error envelope', async () => {
    const server = await stake.start();
    server.enqueue(
      stakeJson(
        { errors: [{ message: 'Something odd', errorType: 'weirdThing' }], data: null },
        503,
      ),
      stakeJson(
        { errors: [{ message: 'Something odd', errorType: 'weirdThing' }], data: null },
        503,
      ),
    );
    const error = await failure(stake.client(server).getUserProfile());
    expect(StakeGraphQLError.is(error)).toBe(true);
    expect((error as StakeGraphQLError).status).toBe(503);
    expect((error as StakeGraphQLError).retryable).toBe(false);
    expect(server.requests).toHaveLength(1);
  });
});

describe('exact decimals on errors', () => {
  it('keeps partial data and body decimals exact on a GraphQL error', async () => {
    const server = await stake.start();
    server.enqueue({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"data":{"user":{"id":"u1","balance":1e-8,"big":12345678901.12345678}},"errors":[{"message":"odd","errorType":"weirdThing","path":["user","x"]}]}',
    });
    const error = await failure(stake.client(server).graphql('query Q { user { id balance } }'));
    const e = error as StakeGraphQLError;
    expect(e.data).toEqual({
      user: { id: 'u1', balance: '0.00000001', big: '12345678901.12345678' },
    });
    expect(e.body).toMatchObject({ data: { user: { balance: '0.00000001' } } });
  });
});
