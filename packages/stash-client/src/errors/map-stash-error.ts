import type { ResponseContext, SdkError } from '@core/auth';
import type { StashEnvironment } from '../client/constants.js';
import { authHints } from './auth-hints.js';
import { parseRpcStatus } from './grpc-status.js';
import {
  StashApiError,
  type StashApiErrorInit,
  StashBadRequestError,
  StashConflictError,
  StashNotFoundError,
  StashPermissionDeniedError,
  StashRateLimitError,
  StashServerError,
} from './stash-api-errors.js';
import { StashAuthenticationError, type StashAuthScheme } from './stash-authentication-error.js';

/** What the mapper needs to know about the client. */
export interface StashErrorContext {
  readonly scheme: StashAuthScheme;
  readonly environment: StashEnvironment | undefined;
}

const MAX_QUOTED_CHARS = 300;

const ADVICE: Record<number, string> = {
  400: 'Stash refused the input. Check the arguments against the API reference',
  403: 'the credential may not do this. Check that the shop id is your own',
  404: 'no such resource or route. Check the id, the path and the environment',
  409: 'the resource is in a conflicting state. Read it again before retrying',
  429: 'too many requests. Wait and retry later',
};

/**
 * Simple rules (research §4): every non-2xx is an error; the HTTP status picks the class
 * (grpc-gateway derived it from the gRPC code); the body's `{ code, message, details }`
 * adds `grpcCode`, `grpcStatus`, the server's message and `details`; a 401 adds hints.
 * The context is already redacted, so nothing quoted here can hold a secret.
 */
export function mapStashError(
  context: ResponseContext,
  client: StashErrorContext,
): SdkError | undefined {
  if (context.ok) return undefined;
  const { status } = context;
  const rpc = parseRpcStatus(context.body);
  const init: StashApiErrorInit = {
    ...context.errorInit,
    grpcCode: rpc?.code,
    grpcStatus: rpc?.name,
    details: rpc?.details ?? [],
    retryAfterMs: context.retryAfterMs,
    ...(rpc === undefined ? {} : { code: rpc.name }),
  };
  const said =
    rpc === undefined
      ? ''
      : ` ${rpc.name} (gRPC ${rpc.code})${rpc.message === '' ? '' : `, "${rpc.message.slice(0, MAX_QUOTED_CHARS)}"`}`;
  const head = `${context.request.method} ${context.request.url} failed with HTTP ${status}${said}`;
  if (status === 401) {
    const hints = authHints(client.scheme, client.environment);
    const message = `${head}: Stash refused the ${client.scheme === 'hmac' ? 'HMAC signature' : 'API key'}. Check: ${hints.map((h, i) => `(${i + 1}) ${h}`).join('; ')}.`;
    return new StashAuthenticationError(message, { ...init, authScheme: client.scheme, hints });
  }
  const advice =
    ADVICE[status] ??
    (status >= 500
      ? 'Stash failed. Retry later; quote the request id if it persists'
      : 'the request failed');
  const message = `${head}: ${advice}.`;
  if (status === 400 || status === 422) return new StashBadRequestError(message, init);
  if (status === 403) return new StashPermissionDeniedError(message, init);
  if (status === 404) return new StashNotFoundError(message, init);
  if (status === 409) return new StashConflictError(message, init);
  if (status === 429) return new StashRateLimitError(message, init);
  if (status >= 500) return new StashServerError(message, init);
  return new StashApiError(message, init);
}
