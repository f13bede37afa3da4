import { describe, expect, it } from 'vitest';
import { staticCredential } from '../../src/credentials/static-credential.js';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { Secret } from '../../src/secrets/secret.js';

describe('staticCredential', () => {
  it('returns the very object it was given, every time', async () => {
    const credential = { apiKey: Secret.from('ssk_fake_0000000000000000') };
    const provider = staticCredential(credential);
    const first = await provider.getCredential();
    expect(first).toBe(credential);
    expect(await provider.getCredential({ forceRefresh: true })).toBe(first);
  });

  it('has no invalidate, since there is nothing to refresh', () => {
    expect(staticCredential({ apiKey: 'x' }).invalidate).toBeUndefined();
  });

  it.each([null, undefined, 'a-token-string', 42])('refuses %s as a credential', (value) => {
    expect(() => staticCredential(value)).toThrow(ConfigurationError);
    try {
      staticCredential(value);
    } catch (error) {
      expect(ConfigurationError.is(error) && error.option).toBe('credential');
      expect(String((error as Error).message)).not.toContain('a-token-string');
    }
  });
});
