import { type ApiErrorInit, PermissionDeniedError } from '@core/auth';

/**
 * Cloudflare answered (HTTP 403 or 503 with an HTML challenge page, `cf-mitigated:
 * challenge`, or "Just a moment…") instead of Stake: a browser must prove itself first
 * (research §2.4). The fix is a fresh `cf_clearance` cookie together with the exact
 * user agent of the browser that solved the challenge; `parseCurl` reads both.
 *
 * @example
 * ```ts
 * if (CloudflareChallengeError.is(error)) console.error(error.message); // says what to do
 * ```
 */
export class CloudflareChallengeError extends PermissionDeniedError {
  static override readonly kind: string = 'CloudflareChallengeError';
  static override readonly defaultCode: string = 'cloudflare_challenge';
  /** Whether this request carried a `cf_clearance` cookie (then it was refused or stale). */
  readonly cfClearanceSent: boolean;

  constructor(message: string, init: ApiErrorInit & { cfClearanceSent: boolean }) {
    super(message, init);
    this.cfClearanceSent = init.cfClearanceSent;
  }
}
