import { timingSafeEqual } from 'node:crypto';
import type { RecordedRequest } from '../recorded-request.js';
import type { FakeStashCredentials } from './fake-credentials.js';
import {
  parseStashSignatureHeader,
  STASH_HMAC_WINDOW_MS,
  type StashKeyEncoding,
  sameDigest,
  signStashBody,
  stashKeyBytes,
} from './hmac-signature.js';

/** What a request authenticated as, or the gRPC error that refused it. */
export type StashAuthResult =
  | { ok: true; scheme: 'apiKey' | 'hmac' }
  | { ok: false; code: number; message: string };

/** What {@link checkStashAuth} checks against. */
export interface StashAuthConfig {
  readonly credentials: FakeStashCredentials;
  /** False plays a shop created after the deprecation: X-Stash-Api-Key is refused. */
  readonly acceptApiKey: boolean;
  readonly keyEncoding: StashKeyEncoding;
  readonly now: () => number;
}

const fail = (code: number, message: string): StashAuthResult => ({ ok: false, code, message });

/**
 * Simple rules (research §2): an `x-stash-hmac-signature` wins over an API key; a v1 header
 * must name this shop, carry a timestamp within 5 minutes and sign `{ms}.{exact body}`;
 * an API key must match, and only where the shop still accepts keys. Every refusal is
 * UNAUTHENTICATED (16); which code Stash picks per case is not documented [A].
 */
export function checkStashAuth(request: RecordedRequest, config: StashAuthConfig): StashAuthResult {
  const header = request.headers['x-stash-hmac-signature'];
  if (header !== undefined) return checkHmac(header, request.body, config);
  const apiKey = request.headers['x-stash-api-key'];
  if (apiKey === undefined) {
    return fail(16, 'missing authentication: send x-stash-hmac-signature or X-Stash-Api-Key');
  }
  if (!config.acceptApiKey) {
    return fail(
      16,
      'API key authentication is no longer supported for new shops. Use HMAC authentication via the x-stash-hmac-signature header',
    );
  }
  const a = Buffer.from(apiKey);
  const b = Buffer.from(config.credentials.apiKey);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return fail(16, 'invalid API key');
  return { ok: true, scheme: 'apiKey' };
}

function checkHmac(header: string, body: string, config: StashAuthConfig): StashAuthResult {
  const parsed = parseStashSignatureHeader(header);
  if (parsed === undefined) {
    return fail(
      16,
      'malformed x-stash-hmac-signature: expected v1;{shopId};{unixMillis};{signature}',
    );
  }
  if (parsed.shopId !== config.credentials.shopId) return fail(16, 'unknown shop id in signature');
  if (Math.abs(config.now() - parsed.timestampMs) > STASH_HMAC_WINDOW_MS) {
    return fail(16, 'signature timestamp is outside the allowed window of 5 minutes');
  }
  const key = stashKeyBytes(config.credentials.hmacSecret, config.keyEncoding);
  const expected = signStashBody(key, parsed.timestampMs, body);
  if (!sameDigest(expected, parsed.signature)) return fail(16, 'invalid signature');
  return { ok: true, scheme: 'hmac' };
}
