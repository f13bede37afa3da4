// Obviously fake credentials the hostile-input files share: valid in shape, so a junk value
// under test is the only thing wrong with a call.

export const FAKE_PROJECT_ID = '00000000-0000-4000-8000-00000000fa4e';
export const FAKE_SSK = `ssk_fake_${'0'.repeat(40)}`;
export const FAKE_PCK = `pck_fake_${'0'.repeat(40)}`;
export const FAKE_SAK = `sak_fake_${'0'.repeat(40)}`;
export const FAKE_TOKEN = 'fa4e'.repeat(24);

/** Stack options every factory accepts; `baseUrl` is set per test. */
export const STACK_BASE = {
  projectId: FAKE_PROJECT_ID,
  baseUrl: '',
  allowInsecureHttp: true,
  retry: 0,
};

/** Stash HMAC auth. */
export const FAKE_HMAC = {
  hmac: { shopId: FAKE_PROJECT_ID, secret: `fake-stash-secret-${'0'.repeat(16)}` },
};
