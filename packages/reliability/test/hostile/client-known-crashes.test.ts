import { createStackClient, createStackServerClient } from '@acme/stack-client';
import { toPlainDecimal, validateBetAmount } from '@acme/stake-client';
import { StashClient, type StashClientOptions } from '@acme/stash-client';
import { type LoopbackServer, startLoopbackServer } from '@acme/testing';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectTyped } from '../support-leaks/settle.js';

// Each is a plain TypeError from an exported API fed a value its type forbids, reported
// with its fix; client src is not ours to change. JavaScript callers, parsed config and
// `as any` still send such values.
let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer({ handler: () => ({ status: 404, body: 'Not found.' }) });
});
afterAll(() => server.close());

const FAKE_PROJECT_ID = '00000000-0000-4000-8000-00000000fa4e';
const FAKE_SSK = `ssk_fake_${'0'.repeat(40)}`;
const FAKE_PCK = `pck_fake_${'0'.repeat(40)}`;
const valid = { projectId: FAKE_PROJECT_ID, baseUrl: '', allowInsecureHttp: true, retry: 0 };
const hmac = { hmac: { shopId: FAKE_PROJECT_ID, secret: `fake-stash-secret-${'0'.repeat(16)}` } };

describe('Stake: known crashes on junk', () => {
  // Known crash (reported): toPlainDecimal(1) is `TypeError: text.replace is not a function`.
  // Fix in decimal.ts: throw ConfigurationError({ option: 'text' }) when typeof text !== 'string'.
  it.fails('toPlainDecimal on a number is a typed error', async () => {
    await expectTyped(() => toPlainDecimal(1 as never));
  });

  // Known crash class (reported): messages quote the bad value with a template literal, which
  // throws for a Symbol. Fix: one never-throwing `describeValue(v)` for every quoted value
  // (validate-bet-amount.ts here; core's validate-options.ts and prepare-request.ts too).
  it.fails('validateBetAmount with a Symbol maxDecimals is a ConfigurationError', async () => {
    await expectTyped(() => validateBetAmount('1e400', { maxDecimals: Symbol('junk') as never }));
  });
});

// Known crashes (reported, not fixed here).
describe('Stack: known crashes on junk', () => {
  // Fix in config/base-url.ts: `typeof baseUrl !== 'string'` -> ConfigurationError({ option: 'baseUrl' }).
  it.fails('a numeric baseUrl is a ConfigurationError', async () => {
    await expectTyped(() =>
      createStackClient({ ...valid, baseUrl: 5 as never, publishableClientKey: FAKE_PCK }),
    );
  });

  // Methods taking an input object destructure it before checking it (addTeamMember,
  // removeTeamMember, list/grant/revoke*Permission, listSessions, revokeSession,
  // *ContactChannel, list*ApiKeys, listTeams(null), withUser(null)). Fix: run the input
  // through the same parseInput/zod check first, so undefined or null is a ConfigurationError.
  it.fails('addTeamMember(undefined) and withUser(null) are ConfigurationErrors', async () => {
    const stack = createStackServerClient({
      ...valid,
      baseUrl: server.url,
      secretServerKey: FAKE_SSK,
    });
    await expectTyped(() => stack.addTeamMember(undefined as never), server);
    await expectTyped(() => stack.withUser(null as never).getCurrentUser(), server);
  });

  // Fix in auth/verify-access-token.ts: default `options ?? {}`.
  it.fails('verifyAccessToken(token, null) is a typed error', async () => {
    const stack = createStackServerClient({
      ...valid,
      baseUrl: server.url,
      secretServerKey: FAKE_SSK,
    });
    await expectTyped(() => stack.verifyAccessToken('fake.jwt.token', null as never), server);
  });
});

describe('Stash: known crashes on junk', () => {
  // Known crash (reported): resolve-base-url.ts quotes a bad environment with JSON.stringify,
  // which throws `TypeError: Do not know how to serialize a BigInt`. Fix: quote it with a
  // never-throwing describeValue (typeof, then String() in a try).
  it.fails('environment: 0n is a ConfigurationError', async () => {
    await expectTyped(
      () => new StashClient({ environment: 0n as never, auth: hmac } as StashClientOptions),
    );
  });
});
