import type { RedactedUrl } from '../redaction/redacted.js';
import { SdkError, type SdkErrorOptions } from './sdk-error.js';

/** The request an error answers, with its URL already redacted. */
export interface RedactedRequest {
  method: string;
  url: RedactedUrl;
}

/** What an {@link ApiError} is built from; every field must already be redacted. */
export interface ApiErrorInit extends SdkErrorOptions {
  status: number;
  request: RedactedRequest;
  requestId?: string | undefined;
  /** The response body: parsed JSON, or text cut to 2 KB. */
  body?: unknown;
  /** The response headers, secret ones masked. Kept off the enumerable fields. */
  headers?: Readonly<Record<string, string>> | undefined;
}

/**
 * A response came and it was an error. `status`, `requestId` and a redacted `request` and
 * `body` say which; the response headers are on the non-enumerable `headers`, so logs stay
 * short and debugging keeps them.
 *
 * @example
 * ```ts
 * catch (error) {
 *   if (ApiError.is(error)) console.error(error.status, error.requestId, error.request.url);
 * }
 * ```
 */
export class ApiError extends SdkError {
  static override readonly kind: string = 'ApiError';
  static override readonly defaultCode: string = 'api_error';

  readonly status: number;
  readonly requestId: string | undefined;
  readonly request: RedactedRequest;
  readonly body: unknown;
  declare readonly headers: Readonly<Record<string, string>>;

  constructor(message: string, init: ApiErrorInit) {
    super(message, init);
    this.status = init.status;
    this.requestId = init.requestId;
    this.request = init.request;
    this.body = init.body;
    Object.defineProperty(this, 'headers', { value: init.headers ?? {}, enumerable: false });
  }
}

/** 400 or 422: the server refused the input. */
export class BadRequestError extends ApiError {
  static override readonly kind: string = 'BadRequestError';
  static override readonly defaultCode: string = 'bad_request';
}

/** 401: the credential was not accepted. */
export class AuthenticationError extends ApiError {
  static override readonly kind: string = 'AuthenticationError';
  static override readonly defaultCode: string = 'authentication_failed';
  /**
   * True when the adapter judged that the credential expired (rather than being wrong), so
   * the pipeline may refresh it once and replay the request once.
   */
  readonly credentialExpired: boolean;

  constructor(message: string, init: ApiErrorInit & { credentialExpired?: boolean }) {
    super(message, init);
    this.credentialExpired = init.credentialExpired ?? false;
  }
}

/** 403: the credential is valid but may not do this. */
export class PermissionDeniedError extends ApiError {
  static override readonly kind: string = 'PermissionDeniedError';
  static override readonly defaultCode: string = 'permission_denied';
}

/** 404: no such resource. */
export class NotFoundError extends ApiError {
  static override readonly kind: string = 'NotFoundError';
  static override readonly defaultCode: string = 'not_found';
}

/** 409: the resource is in a state that conflicts with the request. */
export class ConflictError extends ApiError {
  static override readonly kind: string = 'ConflictError';
  static override readonly defaultCode: string = 'conflict';
}

/** 429 (or a provider's own throttle signal): slow down. */
export class RateLimitError extends ApiError {
  static override readonly kind: string = 'RateLimitError';
  static override readonly defaultCode: string = 'rate_limited';
  /** How long the server asked us to wait, from `Retry-After`, when it said. */
  readonly retryAfterMs: number | undefined;

  constructor(message: string, init: ApiErrorInit & { retryAfterMs?: number | undefined }) {
    super(message, init);
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** 5xx: the server failed. */
export class ServerError extends ApiError {
  static override readonly kind: string = 'ServerError';
  static override readonly defaultCode: string = 'server_error';
}
