import { STASH_API_KEY_DEPRECATION_CODE } from '../client/constants.js';

let warned = false;

/**
 * Warns once per process (per copy of this package) that Stash no longer accepts
 * `X-Stash-Api-Key` for new shops (research §0.2: "API key authentication is no longer
 * supported for new shops. Use HMAC authentication").
 */
export function warnApiKeyDeprecated(): void {
  if (warned) return;
  warned = true;
  process.emitWarning(
    'Stash deprecates X-Stash-Api-Key: new shops must use HMAC signing and existing shops are encouraged to migrate. Pass auth: { hmac: { shopId, secret } } instead of auth: { apiKey }.',
    { type: 'DeprecationWarning', code: STASH_API_KEY_DEPRECATION_CODE },
  );
}
