import type { HeaderBuilder } from '@core/auth';
import { hmacKeyBytes, stashSignatureHeader } from './hmac-signature.js';
import type { StashCredential } from './stash-credential.js';

/**
 * The Stash header builder. The pipeline calls it once per attempt with the exact body it
 * sends, so a retry is signed again with a fresh timestamp inside the 5-minute window.
 *
 * @example
 * ```ts
 * const headers = stashHeaders(Date.now);
 * headers({ scheme: 'apiKey', apiKey }, { method: 'GET', url, body: undefined });
 * // { 'x-stash-api-key': '…' }
 * ```
 */
export function stashHeaders(clock: () => number): HeaderBuilder<StashCredential> {
  return (credential, request) => {
    if (credential.scheme === 'apiKey') return { 'x-stash-api-key': credential.apiKey.reveal() };
    return {
      'x-stash-hmac-signature': stashSignatureHeader({
        shopId: credential.shopId,
        key: hmacKeyBytes(credential.secret, credential.keyEncoding),
        timestampMs: Math.trunc(clock()),
        // GET signs an empty body (research §2.2); the pipeline sends none.
        body: request.body,
      }),
    };
  };
}
