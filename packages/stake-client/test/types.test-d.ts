import { Secret, staticCredential } from '@core/auth';
import { describe, expectTypeOf, it } from 'vitest';
import { StakeAuth, type StakeBalances, StakeClient } from '../src/index.js';

describe('StakeClient options', () => {
  it('takes exactly one of accessToken, credentials and auth', () => {
    new StakeClient({ accessToken: 'fake' });
    new StakeClient({ credentials: staticCredential({ accessToken: Secret.from('fake') }) });
    new StakeClient({ auth: new StakeAuth() });
    // @ts-expect-error a token and a provider together
    new StakeClient({
      accessToken: 'fake',
      credentials: staticCredential({ accessToken: 'fake' }),
    });
    // @ts-expect-error the site comes from the StakeAuth
    new StakeClient({ auth: new StakeAuth(), baseUrl: 'https://stake.us' });
    // @ts-expect-error no credentials at all
    new StakeClient({ baseUrl: 'https://stake.com' });
  });

  it('returns balances as strings', () => {
    const client = new StakeClient({ accessToken: 'fake' });
    expectTypeOf(client.getUserBalances()).resolves.toEqualTypeOf<StakeBalances>();
    expectTypeOf<StakeBalances['available']['btc']>().toEqualTypeOf<string>();
  });
});
