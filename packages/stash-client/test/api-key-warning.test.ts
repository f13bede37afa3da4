import { STASH_API_KEY_DEPRECATION_CODE, StashClient } from '@acme/stash-client';
import { expect, it } from 'vitest';

// Its own file: the warning is once per process (per module instance), and each test file
// gets fresh modules.
it('warns once per process that Stash deprecates X-Stash-Api-Key', async () => {
  const warnings: Error[] = [];
  const listener = (warning: Error): void => {
    warnings.push(warning);
  };
  process.on('warning', listener);
  try {
    const apiKey = `fake_stash_api_key_${'0'.repeat(24)}`;
    new StashClient({ environment: 'test', auth: { apiKey } }).close();
    new StashClient({ environment: 'production', auth: { apiKey } }).close();
    await new Promise((resolve) => setImmediate(resolve));
    const ours = warnings.filter(
      (w) => (w as { code?: string }).code === STASH_API_KEY_DEPRECATION_CODE,
    );
    expect(ours).toHaveLength(1);
    expect(ours[0]?.name).toBe('DeprecationWarning');
    expect(ours[0]?.message).toMatch(/HMAC/);
    expect(ours[0]?.message).not.toContain(apiKey);
  } finally {
    process.off('warning', listener);
  }
});

it('does not warn for HMAC clients', async () => {
  const warnings: Error[] = [];
  const listener = (warning: Error): void => {
    warnings.push(warning);
  };
  process.on('warning', listener);
  try {
    new StashClient({
      environment: 'test',
      auth: {
        hmac: { shopId: '00000000-0000-4000-8000-00000000fa4e', secret: 'fake_secret_0000' },
      },
    }).close();
    await new Promise((resolve) => setImmediate(resolve));
    expect(
      warnings.filter((w) => (w as { code?: string }).code === STASH_API_KEY_DEPRECATION_CODE),
    ).toHaveLength(0);
  } finally {
    process.off('warning', listener);
  }
});
