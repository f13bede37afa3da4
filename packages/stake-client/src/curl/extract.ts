import type { Secret } from '@core/auth';
import { parseCurl } from './parse-curl.js';

/**
 * The `x-access-token` of a copied curl command, or undefined (also for an empty header,
 * where StakeAPI returned `''`, research §1.6). Reads `-H` and `--header` in every shell form.
 *
 * @example
 * ```ts
 * const token = extractAccessTokenFromCurl(copied)?.reveal();
 * ```
 */
export function extractAccessTokenFromCurl(command: string): Secret | undefined {
  return parseCurl(command).accessToken;
}

/**
 * The cookie named exactly `session` of a copied curl command, from `-b`/`--cookie` or a
 * `Cookie` header; never `__Host-session` or `session_info`, never from the body, and with
 * no trailing quote (research §1.6).
 *
 * @example
 * ```ts
 * const session = extractSessionFromCurl(copied);
 * ```
 */
export function extractSessionFromCurl(command: string): Secret | undefined {
  return parseCurl(command).sessionCookie;
}
