/**
 * Keys shorter than this, once decoded, are refused: a base64 "secret" such as "a" or "!!!!"
 * decodes to nothing, and an HMAC under an empty key is one anybody can forge.
 */
export const MIN_KEY_BYTES = 16;

// Standard or URL-safe alphabet (Studio keys use the URL-safe one, research §2.3).
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/** True for a base64 string that decodes to a key of at least {@link MIN_KEY_BYTES} bytes. */
export function isUsableBase64Key(value: string): boolean {
  return BASE64.test(value) && Buffer.from(value, 'base64').length >= MIN_KEY_BYTES;
}
