import {
  cloudflare1015,
  cloudflareChallenge,
  fakeStakeToken,
  stakeGraphQLError,
  stakeParallelBet,
  stakeTooManyRequests,
} from '@acme/testing';
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  BetLimitError,
  CloudflareChallengeError,
  ExistingGameError,
  InsufficientFundsError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseValidationError,
  ServerError,
  StakeGraphQLError,
} from '../src/index.js';
import { FAKE_CF_CLEARANCE, useStake } from './helpers.js';

const stake = useStake();
const DICE = 'mutation DiceRoll($amount: Float!) { diceRoll(amount: $amount) { id } }';

async function failure(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => expect.unreachable('expected a rejection'),
    (error: unknown) => error as Error,
  );
}

describe('Stake errors (HTTP 200 with errors[].errorType)', () => {
  it.each([
    ['insufficientBalance', 'You do not have enough balance to do that.', InsufficientFundsError],
    ['existingGame', 'You already have an active game.', ExistingGameError],
    ['insignificantBet', 'Bet is insignificant.', BetLimitError],
    ['notFound', 'Game not found.', NotFoundError],
    ['unauthenticated', 'Not logged in.', AuthenticationError],
    ['unauthorized', 'Not allowed.', AuthenticationError],
  ] as const)('maps %s to its class', async (errorType, message, ErrorClass) => {
    const server = await stake.start();
    server.enqueue(stakeGraphQLError({ message, errorType, path: ['diceRoll'] }));
    const error = await failure(stake.client(server).graphql(DICE, { variables: { amount: 1 } }));
    expect(ErrorClass.is(error)).toBe(true);
    expect(error.message).toContain(message);
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    ['Amount too small, minimum is 1e-8', 'min'],
    ['Number too small.', 'min'],
    ['Maximum bet exceeded, max is 100', 'max'],
  ] as const)('maps the message "%s" to BetLimitError(%s)', async (message, limit) => {
    const server = await stake.start();
    server.enqueue(stakeGraphQLError({ message }));
    const error = await failure(stake.client(server).graphql(DICE));
    expect(BetLimitError.is(error) && error.limit).toBe(limit);
  });

  it('keeps errors, errorType, path and partial data on StakeGraphQLError, and does not retry it', async () => {
    const server = await stake.start();
    server.enqueue(
      stakeGraphQLError(
        { message: 'Something odd', errorType: 'weirdThing', path: ['user', 'faucet'] },
        { user: { id: 'u1', faucet: null } },
      ),
      { json: { data: { user: { id: 'u1' } } } },
    );
    const error = await failure(
      stake.client(server).graphql('query Faucet { user { id faucet { id } } }'),
    );
    expect(StakeGraphQLError.is(error)).toBe(true);
    const e = error as StakeGraphQLError;
    expect(e.errorType).toBe('weirdThing');
    expect(e.path).toEqual(['user', 'faucet']);
    expect(e.data).toEqual({ user: { id: 'u1', faucet: null } });
    expect(e.errors).toHaveLength(1);
    expect(e.operationName).toBe('Faucet');
    expect(e.status).toBe(200);
    expect(server.requests).toHaveLength(1);
  });

  it('says the schema drifted on "Cannot query field"', async () => {
    const server = await stake.start();
    server.enqueue(
      stakeGraphQLError({ message: 'Cannot query field "profit" on type "UserStatistic".' }),
    );
    const error = await failure(stake.client(server).getUserProfile());
    expect(error.message).toMatch(/schema has changed/);
  });

  it('rejects a session cookie that differs from the token as unauthenticated, neither in the message', async () => {
    const server = await stake.start();
    const client = stake.client(server, { accessToken: 'ab'.repeat(48), tokenFormat: 'lenient' });
    // Breaks the session cookie check: cookie differs from the token.
    client.auth.setSessionCookie(fakeStakeToken('dead'));
    const error = await failure(client.getUserBalances());
    expect(AuthenticationError.is(error)).toBe(true);
    expect(JSON.stringify(error)).not.toContain(fakeStakeToken('dead'));
    expect(error.message).not.toContain('ab'.repeat(48));
  });

  it('maps parallelCasinoBet to RateLimitError, retried for a query but never for a mutation', async () => {
    const server = await stake.start();
    server.enqueue(stakeParallelBet(), stakeParallelBet());
    const error = await failure(stake.client(server).graphql(DICE));
    expect(RateLimitError.is(error)).toBe(true);
    expect(server.requests).toHaveLength(1);
    server.reset().enqueue(stakeParallelBet());
    await expect(stake.client(server).getUserBalances()).resolves.toHaveProperty(
      'available.btc',
      '0.00000001',
    );
    expect(server.requests).toHaveLength(2);
  });

  it('maps "Please slow down" without an errorType to RateLimitError', async () => {
    const server = await stake.start();
    server.enqueue(stakeGraphQLError({ message: 'Please slow down.' }));
    expect(RateLimitError.is(await failure(stake.client(server).graphql(DICE)))).toBe(true);
  });
});

describe('HTTP-level failures', () => {
  it.each([403, 503] as const)(
    'maps an HTML %i challenge to CloudflareChallengeError with a cf_clearance hint',
    async (status) => {
      const server = await stake.start();
      server.enqueue(
        cloudflareChallenge(status),
        cloudflareChallenge(status),
        cloudflareChallenge(status),
      );
      // Retries allowed, yet a challenge needs a browser: it is asked once.
      const error = await failure(stake.client(server, { retry: 2 }).getUserBalances());
      expect(server.requests).toHaveLength(1);
      expect(CloudflareChallengeError.is(error)).toBe(true);
      expect(PermissionDeniedError.is(error)).toBe(true);
      expect(error.message).toMatch(/cf_clearance/);
      expect(error.message).toMatch(/user agent/);
      expect((error as CloudflareChallengeError).cfClearanceSent).toBe(false);
    },
  );

  it('says a sent cf_clearance was refused', async () => {
    const server = await stake.start();
    server.enqueue(cloudflareChallenge(403));
    const error = await failure(
      stake.client(server, { cfClearance: FAKE_CF_CLEARANCE }).getUserBalances(),
    );
    expect((error as CloudflareChallengeError).cfClearanceSent).toBe(true);
    expect(error.message).toMatch(/refused/);
    expect(JSON.stringify(error)).not.toContain(FAKE_CF_CLEARANCE);
  });

  it('maps a Cloudflare 1015 page to RateLimitError', async () => {
    const server = await stake.start();
    server.enqueue(cloudflare1015(), cloudflare1015(), cloudflare1015());
    const error = await failure(stake.client(server, { retry: 0 }).getUserBalances());
    expect(RateLimitError.is(error)).toBe(true);
    expect(error.message).toMatch(/1015/);
  });

  it('honours Retry-After on a 429 for a query, and never retries a mutation', async () => {
    const server = await stake.start();
    server.enqueue(stakeTooManyRequests(1));
    const started = performance.now();
    await stake.client(server).getUserBalances();
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);
    expect(server.requests).toHaveLength(2);
    server.reset().enqueue(stakeTooManyRequests(1));
    const error = await failure(stake.client(server).graphql(DICE));
    expect(RateLimitError.is(error) && error.retryAfterMs).toBe(1_000);
    expect(server.requests).toHaveLength(1);
  });

  it('retries a query on 503 JSON and a reset, a mutation on neither', async () => {
    const server = await stake.start();
    server.enqueue({ status: 503, json: { error: 'unavailable' } }, { fault: 'reset' });
    await expect(stake.client(server).getUserProfile()).resolves.toHaveProperty(
      'name',
      'fake_alice',
    );
    expect(server.requests).toHaveLength(3);
    server.reset().enqueue({ status: 503, json: { error: 'unavailable' } });
    expect(ServerError.is(await failure(stake.client(server).graphql(DICE)))).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it('maps HTTP 401 to AuthenticationError', async () => {
    const server = await stake.start();
    server.enqueue({ status: 401, json: { error: 'unauthorized' } });
    expect(AuthenticationError.is(await failure(stake.client(server).getUserBalances()))).toBe(
      true,
    );
    expect(server.requests).toHaveLength(1);
  });

  it('reports a 200 that is not the expected shape as ResponseValidationError', async () => {
    const server = await stake.start();
    server.enqueue({
      json: { data: { user: { id: 'u1', balances: [{ available: { amount: 'lots' } }] } } },
    });
    const error = await failure(stake.client(server).getUserBalances());
    expect(ResponseValidationError.is(error)).toBe(true);
    expect((error as ResponseValidationError).issues[0]?.path[0]).toBe('data');
  });
});

describe('Cloudflare 1015 as Cloudflare marks it up', () => {
  it.each([429, 403] as const)(
    'maps the realistic 1015 page on HTTP %i to RateLimitError, not a challenge',
    async (status) => {
      const server = await stake.start();
      server.enqueue(cloudflare1015(status));
      const error = await failure(stake.client(server, { retry: 0 }).getUserBalances());
      expect(RateLimitError.is(error)).toBe(true);
      expect(CloudflareChallengeError.is(error)).toBe(false);
      expect(error.message).toMatch(/Cloudflare error 1015/);
    },
  );
});
