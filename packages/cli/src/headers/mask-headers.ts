import { mask } from '@core/auth';

/**
 * Replaces every secret inside header values by its mask (`2775b505…a295`), so a cookie
 * header keeps its shape: `session=2775b505…a295; cf_clearance=****`.
 *
 * @example
 * ```ts
 * maskHeaders({ 'x-api-key': key }, [key]); // { 'x-api-key': 'fake_key…0000' }
 * ```
 */
export function maskHeaders(
  headers: Record<string, string>,
  secrets: readonly (string | undefined)[],
): Record<string, string> {
  // Longest first, so a secret that contains another is masked whole.
  const known = secrets
    .filter((s): s is string => s !== undefined && s !== '')
    .sort((a, b) => b.length - a.length);
  const masked: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    masked[name] = known.reduce((text, secret) => text.split(secret).join(mask(secret)), value);
  }
  return masked;
}
