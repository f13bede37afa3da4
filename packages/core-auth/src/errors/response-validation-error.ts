import type { RedactedRequest } from './api-error.js';
import { SdkError, type SdkErrorOptions } from './sdk-error.js';

/** One problem found in a response body: where, and what was expected. */
export interface ValidationIssue {
  path: ReadonlyArray<PropertyKey>;
  message: string;
  code?: string | undefined;
}

/**
 * A 2xx response whose body was not what the call promised: not JSON, or not the shape of
 * its schema. Carries the issues (without the offending values) and the redacted body.
 *
 * @example
 * ```ts
 * catch (error) { if (ResponseValidationError.is(error)) console.error(error.issues); }
 * ```
 */
export class ResponseValidationError extends SdkError {
  static override readonly kind: string = 'ResponseValidationError';
  static override readonly defaultCode: string = 'response_validation_failed';

  readonly status: number;
  readonly requestId: string | undefined;
  readonly request: RedactedRequest;
  readonly issues: readonly ValidationIssue[];
  readonly body: unknown;

  constructor(
    message: string,
    init: SdkErrorOptions & {
      status: number;
      request: RedactedRequest;
      requestId?: string | undefined;
      issues: readonly ValidationIssue[];
      body: unknown;
    },
  ) {
    super(message, init);
    this.status = init.status;
    this.requestId = init.requestId;
    this.request = init.request;
    this.issues = init.issues;
    this.body = init.body;
  }
}
