import { createHmac } from 'node:crypto';
import type { Secret } from '@core/auth';
import type { StashKeyEncoding } from '../client/stash-client-options.js';

/** The HMAC key bytes of a secret. Node's base64 decoder also reads Studio's URL-safe alphabet. */
export function hmacKeyBytes(secret: Secret, encoding: StashKeyEncoding): Buffer {
  return Buffer.from(secret.reveal(), encoding === 'base64' ? 'base64' : 'utf8');
}

/**
 * The `x-stash-hmac-signature` value: `v1;{shopId};{unixMillis};{base64 HMAC-SHA256}` over
 * `"{unixMillis}.{body}"`, where body is the exact bytes sent and empty for GET
 * (research §2.2, stashgg/public-api server.proto).
 *
 * @example
 * ```ts
 * stashSignatureHeader({ shopId, key, timestampMs: Date.now(), body: '{"user":{"id":"p1"}}' });
 * // 'v1;0000…;1767225600000;q0Zk…='
 * ```
 */
export function stashSignatureHeader(input: {
  shopId: string;
  key: Buffer;
  timestampMs: number;
  body: string | Uint8Array | undefined;
}): string {
  const { shopId, key, timestampMs, body } = input;
  const hmac = createHmac('sha256', key).update(`${timestampMs}.`, 'utf8');
  if (typeof body === 'string') hmac.update(body, 'utf8');
  else if (body !== undefined) hmac.update(body);
  return `v1;${shopId};${timestampMs};${hmac.digest('base64')}`;
}
