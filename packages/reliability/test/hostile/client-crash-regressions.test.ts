import { createStackClient, type StackServerClient } from '@acme/stack-client';
import {
  currencyDecimals,
  formatAmount,
  StakeClient,
  toPlainDecimal,
  validateBetAmount,
} from '@acme/stake-client';
import { StashClient, type StashClientOptions } from '@acme/stash-client';
import { type LoopbackServer, startLoopbackServer } from '@acme/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stackServerOn, stashOn } from '../support-hostile/clients-on.js';
import { expectConfigError } from '../support-hostile/expect-config-error.js';
import {
  FAKE_PCK,
  FAKE_TOKEN,
  FAKE_HMAC as hmac,
  STACK_BASE as valid,
} from '../support-hostile/fake-credentials.js';
import { bareObject, expectTyped } from '../support-leaks/settle.js';

// Crashes the hostile-input suite found in the clients (issue 8), fixed: each was a plain
// TypeError from an exported API fed a value its type forbids. JavaScript callers, parsed
// config and `as any` still send such values. Each stays here as a regression test.
let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer({ handler: () => ({ status: 404, body: 'Not found.' }) });
});
afterAll(() => server.close());

describe('Stake: crashes on junk, fixed', () => {
  it('toPlainDecimal on a number is a ConfigurationError', async () => {
    await expectConfigError(() => toPlainDecimal(1 as never), 'text');
  });

  // Messages quoted the bad value with a template literal, which throws for a Symbol.
  it('a Symbol or bare-object maxDecimals is a ConfigurationError; null limits are none', async () => {
    await expectConfigError(
      () => validateBetAmount('1e400', { maxDecimals: Symbol('junk') as never }),
      'maxDecimals',
    );
    await expectConfigError(
      () => validateBetAmount('1', { maxDecimals: bareObject() as never }),
      'maxDecimals',
    );
    expect(validateBetAmount('1', null as never)).toBe('1');
  });

  it('formatAmount and currencyDecimals on a non-string currency or junk decimals', async () => {
    await expectConfigError(() => formatAmount('1', 5 as never), 'currency');
    await expectConfigError(() => currencyDecimals(5 as never), 'currency');
    await expectConfigError(
      () => formatAmount('1', 'btc', { decimals: bareObject() as never }),
      'decimals',
    );
    expect(formatAmount('1', 'btc', null as never)).toBe('1.00000000 BTC');
  });

  it('a Symbol rate limit is a ConfigurationError; null options of graphql are the defaults', async () => {
    const options = { baseUrl: server.url, allowInsecureHttp: true, accessToken: FAKE_TOKEN };
    await expectConfigError(
      () => new StakeClient({ ...options, rateLimit: { requestsPerSecond: Symbol('x') as never } }),
      'rateLimit.requestsPerSecond',
    );
    const stake = new StakeClient({ ...options, rateLimit: null as never, retry: 0 });
    try {
      // Sent, and the 404 is a typed error: null options no longer crash before the request.
      const settled = await expectTyped(
        () => stake.graphql('query Q { x }', null as never),
        server,
      );
      expect(settled.kind).toBe('error');
      expect(server.requests).toHaveLength(1);
    } finally {
      stake.close();
    }
  });
});

describe('Stack: crashes on junk, fixed', () => {
  const serverClient = () => stackServerOn(server);

  it('a numeric baseUrl is a ConfigurationError', async () => {
    await expectConfigError(
      () => createStackClient({ ...valid, baseUrl: 5 as never, publishableClientKey: FAKE_PCK }),
      'baseUrl',
    );
  });

  // They destructured their input before checking it.
  const OBJECT_TAKING = [
    'addTeamMember',
    'removeTeamMember',
    'listTeamPermissions',
    'grantTeamPermission',
    'revokeTeamPermission',
    'listProjectPermissions',
    'grantProjectPermission',
    'revokeProjectPermission',
    'listSessions',
    'revokeSession',
    'listContactChannels',
    'updateContactChannel',
    'deleteContactChannel',
    'listUserApiKeys',
    'listTeamApiKeys',
  ] as const satisfies ReadonlyArray<keyof StackServerClient>;

  it.each(OBJECT_TAKING)('%s(undefined) and (null) are ConfigurationErrors', async (name) => {
    const stack = serverClient();
    try {
      const method = stack[name] as (...args: unknown[]) => unknown;
      await expectConfigError(() => method(undefined), name, server);
      await expectConfigError(() => method(null), name, server);
    } finally {
      stack.close();
    }
  });

  it('withUser(null) is a ConfigurationError; listTeams(null) lists every team', async () => {
    const stack = serverClient();
    try {
      await expectConfigError(() => stack.withUser(null as never).getCurrentUser(), 'withUser');
      const settled = await expectTyped(() => stack.listTeams(null as never), server);
      expect(settled.kind).toBe('error');
      expect(server.requests.map((r) => r.url)).toEqual(['/api/v1/teams']);
    } finally {
      stack.close();
    }
  });

  it('verifyAccessToken(token, null) is typed; a junk tolerance is refused before the JWKS', async () => {
    const stack = serverClient();
    try {
      await expectTyped(() => stack.verifyAccessToken('fake.jwt.token', null as never), server);
      await expectConfigError(
        () => stack.verifyAccessToken('fake.jwt.token', { clockToleranceSeconds: -1 }),
        'clockToleranceSeconds',
        server,
      );
    } finally {
      stack.close();
    }
  });
});

describe('Stash: crashes on junk, fixed', () => {
  const build = (options: Record<string, unknown>) => () =>
    new StashClient({ auth: hmac, ...options } as StashClientOptions);

  // JSON.stringify in the message threw for a BigInt; Object.hasOwn for a bare object.
  it('an environment of 0n, a Symbol or a bare object is a ConfigurationError', async () => {
    await expectConfigError(build({ environment: 0n }), 'environment');
    await expectConfigError(build({ environment: Symbol('x') }), 'environment');
    await expectConfigError(build({ environment: bareObject() }), 'environment');
  });

  it('a numeric baseUrl, a bare-object keyEncoding, no options: ConfigurationErrors', async () => {
    await expectConfigError(build({ baseUrl: 5 }), 'baseUrl');
    await expectConfigError(
      build({ environment: 'test', auth: { hmac: { ...hmac.hmac, keyEncoding: bareObject() } } }),
      'auth.hmac.keyEncoding',
    );
    await expectConfigError(() => new StashClient(undefined as never), 'options');
  });

  it('request(5) rejects, never throws; null call options are the defaults', async () => {
    const stash = stashOn(server);
    try {
      let returned: unknown;
      expect(() => {
        returned = stash.request(5 as never);
      }).not.toThrow();
      await expectConfigError(() => returned, 'endpoint', server);
      await expectTyped(() => stash.request('fake-endpoint', {}, null as never), server);
      expect(server.requests).toHaveLength(1);
      await expectTyped(() => stash.getProduct('fake-sku', null as never), server);
      expect(server.requests).toHaveLength(1);
    } finally {
      stash.close();
    }
  });
});
