import { STASH_BASE_URLS, type StashEnvironment } from '../client/constants.js';
import type { StashAuthScheme } from './stash-authentication-error.js';

/**
 * The likely causes of a refused credential, most likely first (research §2, §6). None
 * quotes the key: they name where to look.
 */
export function authHints(
  scheme: StashAuthScheme,
  environment: StashEnvironment | undefined,
): string[] {
  const other =
    environment === 'production' ? 'test' : environment === 'test' ? 'production' : undefined;
  const hints = [
    other === undefined
      ? 'the key may belong to another environment: test keys work only on https://test-api.stash.gg, production keys only on https://api.stash.gg'
      : `the key may be a ${other} key: this client targets ${environment} (${STASH_BASE_URLS[environment ?? 'test']}), and keys work in one environment only`,
    'the key may have been rotated or deleted in Studio → Project Settings → API Secrets (deleting a key invalidates it at once): create a new one and deploy it',
  ];
  if (scheme === 'apiKey') {
    hints.push(
      'shops created after the deprecation cannot use X-Stash-Api-Key: switch to auth: { hmac: { shopId, secret } }',
    );
  } else {
    hints.push(
      "the signature timestamp must be within 5 minutes of Stash's clock: check this machine's clock (NTP) if it drifted",
      'shopId must be the UUID of the shop that owns the secret (Studio "App ID")',
      'if the secret was issued to be base64-decoded, set keyEncoding: "base64" (the default "utf8" signs with its raw text)',
    );
  }
  return hints;
}
