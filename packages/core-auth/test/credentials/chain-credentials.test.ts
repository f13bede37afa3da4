import { describe, expect, it, vi } from 'vitest';
import { chainCredentials } from '../../src/credentials/chain-credentials.js';
import type { CredentialProvider } from '../../src/credentials/credential-provider.js';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { CredentialError } from '../../src/errors/credential-error.js';

interface Cred {
  from: string;
}

function yielding(from: string) {
  const credential = { from };
  return {
    credential,
    getCredential: vi.fn(async () => credential),
    invalidate: vi.fn(),
  };
}

function failing(error: Error) {
  return {
    getCredential: vi.fn(async (): Promise<Cred> => Promise.reject(error)),
    invalidate: vi.fn(),
  };
}

describe('chainCredentials', () => {
  it('yields the first provider that has a credential and asks no further', async () => {
    const first = yielding('first');
    const second = yielding('second');
    const chain = chainCredentials<Cred>(first, second);
    expect(await chain.getCredential()).toBe(first.credential);
    expect(second.getCredential).not.toHaveBeenCalled();
  });

  it('passes a CredentialError over to the next provider, keeping its object', async () => {
    const empty = failing(new CredentialError('STAKE_ACCESS_TOKEN is not set: none.'));
    const second = yielding('second');
    const chain = chainCredentials<Cred>(empty, second);
    expect(await chain.getCredential()).toBe(second.credential);
    expect(empty.getCredential).toHaveBeenCalledTimes(1);
  });

  it('stops at once on any other error', async () => {
    const boom = new TypeError('not a credential problem');
    const third = yielding('third');
    const chain = chainCredentials<Cred>(
      failing(new CredentialError('none here.')),
      failing(boom),
      third,
    );
    await expect(chain.getCredential()).rejects.toBe(boom);
    expect(third.getCredential).not.toHaveBeenCalled();
  });

  it('lists every reason in order, under a single package prefix, when all fail', async () => {
    const chain = chainCredentials<Cred>(
      failing(new CredentialError('STAKE_ACCESS_TOKEN is not set: env.')),
      failing(new CredentialError('.env was not found: file.', { provider: '@acme/stake-client' })),
    );
    const error = await chain.getCredential().catch((e: unknown) => e);
    expect(CredentialError.is(error)).toBe(true);
    const { message } = error as Error;
    expect(message).toMatch(
      /^\[@core\/auth\] No provider .*\(1\) STAKE_ACCESS_TOKEN is not set: env\. \(2\) \.env was not found: file\./,
    );
    expect(message.match(/\[@/g)).toHaveLength(1);
    expect(((error as Error).cause as AggregateError).errors).toHaveLength(2);
  });

  it('passes signal and forceRefresh through to each provider', async () => {
    const empty = failing(new CredentialError('none.'));
    const second = yielding('second');
    const options = { signal: new AbortController().signal, forceRefresh: true };
    await chainCredentials<Cred>(empty, second).getCredential(options);
    expect(empty.getCredential).toHaveBeenCalledWith(options);
    expect(second.getCredential).toHaveBeenCalledWith(options);
  });

  it('invalidates only the provider that yielded last', async () => {
    const first = yielding('first');
    const second = yielding('second');
    first.getCredential.mockRejectedValueOnce(new CredentialError('not yet.'));
    const chain = chainCredentials<Cred>(first, second);
    await chain.getCredential();
    chain.invalidate?.();
    expect(second.invalidate).toHaveBeenCalledTimes(1);
    expect(first.invalidate).not.toHaveBeenCalled();

    await chain.getCredential();
    chain.invalidate?.();
    expect(first.invalidate).toHaveBeenCalledTimes(1);
    expect(second.invalidate).toHaveBeenCalledTimes(1);
  });

  it('does nothing on invalidate before any credential was yielded', () => {
    const first = yielding('first');
    chainCredentials<Cred>(first).invalidate?.();
    expect(first.invalidate).not.toHaveBeenCalled();
  });

  it('needs at least one provider', () => {
    // @ts-expect-error the type already asks for one provider
    expect(() => chainCredentials()).toThrow(ConfigurationError);
    const none: CredentialProvider<Cred>[] = [];
    expect(() => chainCredentials(...(none as [CredentialProvider<Cred>]))).toThrow(/at least one/);
  });

  it('refuses something that is not a provider', () => {
    const notProvider = { credential: 'x' } as unknown as CredentialProvider<Cred>;
    expect(() => chainCredentials(yielding('a'), notProvider)).toThrow(/provider 2/);
  });
});
