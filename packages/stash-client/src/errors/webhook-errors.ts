import { SdkError, type SdkErrorOptions } from '@core/auth';

/**
 * A webhook's signature matched none of the secrets: answer 401 and do not act on it.
 *
 * @example
 * ```ts
 * try { parseWebhookEvent(rawBody, signature, secret); }
 * catch (error) { if (WebhookSignatureError.is(error)) return res.status(401).end(); throw error; }
 * ```
 */
export class WebhookSignatureError extends SdkError {
  static override readonly kind: string = 'WebhookSignatureError';
  static override readonly defaultCode: string = 'webhook_signature_invalid';
}

/**
 * A correctly signed webhook whose body is not JSON or not the documented shape.
 *
 * @example
 * ```ts
 * if (WebhookPayloadError.is(error)) console.error(error.issues);
 * ```
 */
export class WebhookPayloadError extends SdkError {
  static override readonly kind: string = 'WebhookPayloadError';
  static override readonly defaultCode: string = 'webhook_payload_invalid';
  /** Where the body differed from the documented shape (no received values). */
  readonly issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>;

  constructor(
    message: string,
    options: SdkErrorOptions & {
      issues?: ReadonlyArray<{ path: PropertyKey[]; message: string }>;
    } = {},
  ) {
    super(message, options);
    this.issues = options.issues ?? [];
  }
}
