import { createHmac, timingSafeEqual } from 'node:crypto';

/** How the HMAC secret becomes key bytes (research §2.2: raw UTF-8 is what Stash verifies with). */
export type StashKeyEncoding = 'utf8' | 'base64';

/** The HMAC window: a timestamp further than this from the server's clock is refused. */
export const STASH_HMAC_WINDOW_MS = 5 * 60_000;

/** The key bytes of an HMAC secret. Node's base64 decoder also takes the URL-safe alphabet. */
export function stashKeyBytes(secret: string, encoding: StashKeyEncoding): Buffer {
  return encoding === 'base64' ? Buffer.from(secret, 'base64') : Buffer.from(secret, 'utf8');
}

/**
 * base64(HMAC-SHA256(key, `{unixMillis}.{body}`)) over the body's exact bytes: the v1
 * request signature (research §2.2).
 *
 * @example
 * ```ts
 * signStashBody(stashKeyBytes(secret, 'utf8'), Date.now(), '{"user":{"id":"p1"}}');
 * ```
 */
export function signStashBody(key: Buffer, timestampMs: number, body: string | Buffer): string {
  return createHmac('sha256', key)
    .update(`${timestampMs}.`)
    .update(typeof body === 'string' ? Buffer.from(body, 'utf8') : body)
    .digest('base64');
}

/** The parts of an `x-stash-hmac-signature: v1;{shopId};{unixMillis};{signature}` header. */
export interface StashSignatureHeader {
  readonly shopId: string;
  readonly timestampMs: number;
  readonly signature: string;
}

/** Parses a v1 header, or undefined when it is not one. */
export function parseStashSignatureHeader(value: string): StashSignatureHeader | undefined {
  const parts = value.split(';');
  if (parts.length !== 4 || parts[0] !== 'v1') return undefined;
  const [, shopId = '', timestamp = '', signature = ''] = parts;
  if (!/^\d{1,16}$/.test(timestamp) || shopId === '' || signature === '') return undefined;
  return { shopId, timestampMs: Number(timestamp), signature };
}

/** Compares two base64 digests in constant time. */
export function sameDigest(expected: string, received: string): boolean {
  const a = Buffer.from(expected, 'base64');
  const b = Buffer.from(received, 'base64');
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b);
}
