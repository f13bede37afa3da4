import { createHmac, timingSafeEqual } from 'node:crypto';
import { ConfigurationError, describeSecret, Secret } from '@core/auth';
import { isUsableBase64Key, MIN_KEY_BYTES } from '../auth/base64-key.js';
import { STASH_PROVIDER } from '../client/constants.js';
import type { StashKeyEncoding } from '../client/stash-client-options.js';

/**
 * The webhook secret, or several during a rotation (new first; research §6: keep the old key
 * active during the transition).
 *
 * @example
 * ```ts
 * // An unset rotation slot (undefined or '') in a list is skipped.
 * const secrets: WebhookSecrets = [process.env.STASH_WEBHOOK_SECRET ?? '', process.env.STASH_WEBHOOK_SECRET_OLD];
 * ```
 */
export type WebhookSecrets = string | Secret | ReadonlyArray<string | Secret | undefined>;

/**
 * Options of {@link verifyWebhook}.
 *
 * @example
 * ```ts
 * verifyWebhook(raw, signature, secret, { keyEncoding: 'base64' });
 * ```
 */
export interface VerifyWebhookOptions {
  /** How the secret becomes key bytes; undocumented for webhooks (research §5 [A]). @default 'utf8' */
  keyEncoding?: StashKeyEncoding;
}

/** The header Stash sends the webhook signature in (research §5). */
export const STASH_WEBHOOK_SIGNATURE_HEADER = 'stash-hmac-signature';

const DIGEST_BYTES = 32;

function fail(option: string, message: string): never {
  throw new ConfigurationError(message, { option, provider: STASH_PROVIDER });
}

/** The raw body's bytes; refuses a parsed object, since re-serialising breaks the signature. */
export function rawBytes(rawBody: unknown): Buffer {
  if (typeof rawBody === 'string') return Buffer.from(rawBody, 'utf8');
  if (rawBody instanceof Uint8Array)
    return Buffer.from(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength);
  return fail(
    'rawBody',
    `rawBody must be the body exactly as received (a string, Buffer or Uint8Array), got ${rawBody === null ? 'null' : typeof rawBody}: read the raw body (e.g. express.raw({ type: "application/json" })) instead of parsed JSON.`,
  );
}

function keysOf(secrets: WebhookSecrets, encoding: StashKeyEncoding): Buffer[] {
  // During a rotation one slot is often unset; skip it rather than refuse every delivery.
  const list: unknown[] = Array.isArray(secrets)
    ? secrets.filter((s: unknown) => s !== undefined && s !== '')
    : [secrets];
  if (list.length === 0)
    fail(
      'secret',
      'secret is an empty list: pass the webhook secret from Studio → Settings → Webhooks.',
    );
  return list.map((s: unknown) => {
    if (!Secret.isSecret(s) && (typeof s !== 'string' || s === '')) {
      fail(
        'secret',
        'a webhook secret is missing or empty: pass the secret from Studio → Settings → Webhooks.',
      );
    }
    const value = Secret.from(s).reveal();
    if (encoding === 'base64' && !isUsableBase64Key(value)) {
      fail(
        'secret',
        `a webhook secret (${describeSecret(value)}) is not a base64 key of at least ${MIN_KEY_BYTES} bytes, but keyEncoding is "base64": use keyEncoding "utf8" (the default) or check the secret.`,
      );
    }
    return Buffer.from(value, encoding === 'base64' ? 'base64' : 'utf8');
  });
}

/**
 * True when `signature` (the `Stash-Hmac-Signature` header) is base64(HMAC-SHA256(secret,
 * raw body)) for one of the secrets. Compares in constant time, over the bytes as received:
 * never re-serialise the JSON (research §5).
 *
 * @example
 * ```ts
 * app.post('/stash/webhooks', express.raw({ type: 'application/json' }), (req, res) => {
 *   if (!verifyWebhook(req.body, req.get('stash-hmac-signature'), process.env.STASH_WEBHOOK_SECRET ?? '')) return res.sendStatus(401);
 *   res.sendStatus(200); // only 200 counts as delivered
 * });
 * ```
 */
export function verifyWebhook(
  rawBody: string | Uint8Array,
  signature: string | null | undefined,
  secret: WebhookSecrets,
  options: VerifyWebhookOptions = {},
): boolean {
  const body = rawBytes(rawBody);
  const keys = keysOf(secret, options.keyEncoding ?? 'utf8');
  if (typeof signature !== 'string') return false;
  const received = Buffer.from(signature.trim(), 'base64');
  if (received.length !== DIGEST_BYTES) return false;
  let match = false;
  // Every key is tried, so the time taken does not say which one matched.
  for (const key of keys) {
    const expected = createHmac('sha256', key).update(body).digest();
    match = timingSafeEqual(expected, received) || match;
  }
  return match;
}
