// User and team API key errors (research §2, §4).
// Each class: the core class of its status, plus its place in Stack's tree (the brand).

import { API_KEY_NOT_VALID } from '../families.js';

import {
  StackAuthenticationError,
  StackBadRequestError,
  StackNotFoundError,
} from '../stack-status-errors.js';

/**
 * 404 `API_KEY_NOT_FOUND`: no such API key.
 *
 * @example
 * ```ts
 * if (ApiKeyNotFoundError.is(error)) console.error(error.message);
 * ```
 */
export class ApiKeyNotFoundError extends StackNotFoundError {
  static override readonly kind: string = 'ApiKeyNotFoundError';
  static override readonly defaultCode: string = 'API_KEY_NOT_FOUND';
  static override readonly stackFamilies: readonly string[] = API_KEY_NOT_VALID;
}

/**
 * 401 `API_KEY_EXPIRED`: the API key expired.
 *
 * @example
 * ```ts
 * if (ApiKeyExpiredError.is(error)) console.error(error.message);
 * ```
 */
export class ApiKeyExpiredError extends StackAuthenticationError {
  static override readonly kind: string = 'ApiKeyExpiredError';
  static override readonly defaultCode: string = 'API_KEY_EXPIRED';
  static override readonly stackFamilies: readonly string[] = API_KEY_NOT_VALID;
}

/**
 * 401 `API_KEY_REVOKED`: the API key was revoked.
 *
 * @example
 * ```ts
 * if (ApiKeyRevokedError.is(error)) console.error(error.message);
 * ```
 */
export class ApiKeyRevokedError extends StackAuthenticationError {
  static override readonly kind: string = 'ApiKeyRevokedError';
  static override readonly defaultCode: string = 'API_KEY_REVOKED';
  static override readonly stackFamilies: readonly string[] = API_KEY_NOT_VALID;
}

/** The `details` of `WRONG_API_KEY_TYPE`, as sent (snake_case). */
export type WrongApiKeyTypeDetails = { expected_type: string; actual_type: string };

/**
 * 400 `WRONG_API_KEY_TYPE`: a user key was checked as a team key, or the reverse.
 *
 * @example
 * ```ts
 * if (WrongApiKeyTypeError.is(error)) console.error(error.details);
 * ```
 */
export class WrongApiKeyTypeError extends StackBadRequestError {
  static override readonly kind: string = 'WrongApiKeyTypeError';
  static override readonly defaultCode: string = 'WRONG_API_KEY_TYPE';
  static override readonly stackFamilies: readonly string[] = API_KEY_NOT_VALID;
  declare readonly details: WrongApiKeyTypeDetails | undefined;
}

/**
 * 400 `PUBLIC_API_KEY_CANNOT_BE_REVOKED`: public API keys cannot be revoked through this endpoint.
 *
 * @example
 * ```ts
 * if (PublicApiKeyCannotBeRevokedError.is(error)) console.error(error.message);
 * ```
 */
export class PublicApiKeyCannotBeRevokedError extends StackBadRequestError {
  static override readonly kind: string = 'PublicApiKeyCannotBeRevokedError';
  static override readonly defaultCode: string = 'PUBLIC_API_KEY_CANNOT_BE_REVOKED';
  static override readonly stackFamilies: readonly string[] = API_KEY_NOT_VALID;
}
