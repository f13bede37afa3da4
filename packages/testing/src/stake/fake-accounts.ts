/** One seeded Stake account. Amounts are JSON number literals, sent exactly as written. */
export interface StakeAccountFixture {
  /** 96 hex characters, obviously fake (built at runtime). */
  readonly accessToken: string;
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly createdAt: string;
  /** Currency (lower case) → JSON number literal, e.g. `'1e-8'`. */
  readonly available: Record<string, string>;
  readonly vault: Record<string, string>;
}

/** A fake 96-hex token from a 4-hex seed: `'fa4e'` → `'fa4efa4e…'`. */
export function fakeStakeToken(seed: string): string {
  return seed.repeat(Math.ceil(96 / seed.length)).slice(0, 96);
}

/**
 * Two seeded accounts. Alice's balances hold the amounts a float would spoil: `1e-8` (as
 * `JSON.stringify` writes one satoshi) and a USDT amount with 19 significant digits.
 *
 * @example
 * ```ts
 * const [alice] = defaultStakeAccounts();
 * ```
 */
export function defaultStakeAccounts(): StakeAccountFixture[] {
  return [
    {
      accessToken: fakeStakeToken('fa4e'),
      id: 'fake-user-alice',
      name: 'fake_alice',
      email: 'alice@example.test',
      createdAt: '2024-01-02T03:04:05.000Z',
      available: { btc: '1e-8', eth: '0.12345678', usdt: '12345678901.12345678' },
      vault: { btc: '0.5', eth: '0', usdt: '100' },
    },
    {
      accessToken: fakeStakeToken('dead'),
      id: 'fake-user-bob',
      name: 'fake_bob',
      email: 'bob@example.test',
      createdAt: '2024-05-06T07:08:09.000Z',
      available: { ltc: '3.5' },
      vault: {},
    },
  ];
}

/** Base rates served by CurrencyConfiguration, as JSON number literals. */
export const FAKE_STAKE_BASE_RATES: Readonly<Record<string, string>> = {
  btc: '97000.12345678',
  eth: '3400.5',
  ltc: '85.25',
  usdt: '1',
};
