import { describe, expectTypeOf, it } from 'vitest';
import type { CredentialProvider } from '../../src/credentials/credential-provider.js';
import type { EnvCredential } from '../../src/credentials/env-map.js';
import { fromEnv } from '../../src/credentials/from-env.js';
import type { Secret } from '../../src/secrets/secret.js';

describe('fromEnv types', () => {
  it('makes required fields Secret and optional ones ?: Secret', () => {
    const provider = fromEnv(
      {
        accessToken: 'STAKE_ACCESS_TOKEN',
        sessionCookie: { name: 'STAKE_SESSION_COOKIE', optional: true },
        cfClearance: { name: 'STAKE_CF_CLEARANCE', optional: false },
      },
      { envFile: '.env' },
    );
    expectTypeOf(provider.getCredential()).resolves.toEqualTypeOf<{
      accessToken: Secret;
      cfClearance: Secret;
      sessionCookie?: Secret;
    }>();
  });

  it('treats `optional: boolean` as maybe absent', () => {
    type C = EnvCredential<{ key: { name: 'KEY'; optional: boolean } }>;
    expectTypeOf<C>().toEqualTypeOf<{ key?: Secret }>();
  });

  it('yields a CredentialProvider, and no field the map lacks', () => {
    const provider = fromEnv({ apiKey: 'STASH_API_KEY' });
    expectTypeOf(provider).toExtend<CredentialProvider<{ apiKey: Secret }>>();
    expectTypeOf(provider.getCredential()).resolves.not.toHaveProperty('sessionCookie');
    // @ts-expect-error a Secret is not a string
    const raw: string = ({} as EnvCredential<{ apiKey: 'STASH_API_KEY' }>).apiKey;
    void raw;
  });

  it('rejects options it does not know', () => {
    // @ts-expect-error envFile is a path string
    fromEnv({ apiKey: 'STASH_API_KEY' }, { envFile: true });
  });
});
