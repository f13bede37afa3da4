import {
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
} from './api-error.js';

// What each status means to the caller, and what to do about it.
const ADVICE: Record<number, string> = {
  400: 'the server refused the input. Check the arguments against the API reference',
  401: 'the credential was not accepted. Check that it is correct, current and for this environment',
  403: 'the credential may not do this. Check its permissions or access type',
  404: 'no such resource. Check the id and the base URL',
  409: 'the resource is in a conflicting state. Read it again before retrying',
  422: 'the server refused the input. Check the arguments against the API reference',
  429: 'too many requests. Wait and retry later, or lower the request rate',
};

/**
 * Builds the core error class for a status, with a message that says what to do. Adapters
 * call this when their own mapping has nothing more specific. A 401 counts as an expired
 * credential (refresh once, replay once) unless `credentialExpired: false` says otherwise.
 *
 * @example
 * ```ts
 * const error = errorForStatus({ ...context.errorInit, retryAfterMs: 2_000 });
 * ```
 */
export function errorForStatus(
  init: ApiErrorInit & {
    retryAfterMs?: number | undefined;
    credentialExpired?: boolean | undefined;
  },
): ApiError {
  const { status } = init;
  const advice =
    ADVICE[status] ??
    (status >= 300 && status < 400
      ? 'the server redirected, and credentials are never sent after a redirect. Point baseUrl at the final address'
      : undefined) ??
    (status >= 500
      ? 'the server failed. Retry later; quote the request id if it persists'
      : 'the request failed');
  const message = `${init.request.method} ${init.request.url} failed with HTTP ${status}: ${advice}.`;
  if (status === 400 || status === 422) return new BadRequestError(message, init);
  if (status === 401) {
    return new AuthenticationError(message, {
      ...init,
      credentialExpired: init.credentialExpired ?? true,
    });
  }
  if (status === 403) return new PermissionDeniedError(message, init);
  if (status === 404) return new NotFoundError(message, init);
  if (status === 409) return new ConflictError(message, init);
  if (status === 429) return new RateLimitError(message, init);
  if (status >= 500) return new ServerError(message, init);
  return new ApiError(message, init);
}
