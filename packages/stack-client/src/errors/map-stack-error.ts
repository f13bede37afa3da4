import {
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  type ErrorMapper,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  type ResponseContext,
  type SdkError,
  ServerError,
} from '@core/auth';
import { knownErrorClass, unknownCodeClass } from './registry.js';

/** Server text quoted in a message is cut to this many characters (the body keeps 2 KB). */
export const MAX_QUOTED_SERVER_TEXT_CHARS = 300;

// What to do, by status, for a message that reads "what happened: why. How to fix."
const ADVICE: Record<number, string> = {
  400: 'Check the arguments against the Stack API reference',
  401: 'Check projectId, the key and the access token; refresh or sign in again if the token expired',
  403: 'The credential may not do this; check the access type and the user',
  404: 'Check the id and the baseUrl',
  409: 'Read the resource again before retrying',
  429: 'Wait and retry later, or lower the request rate',
};

const advice = (status: number): string =>
  ADVICE[status] ??
  (status >= 500 ? 'Retry later; quote the request id if it persists' : 'See error.body');

/**
 * The status Stack meant. Research §1: with `x-stack-override-error-status`, a 4xx comes as
 * 200 with `x-stack-actual-status`; we honour the header whenever it is a 4xx or 5xx.
 */
export function actualStatus(context: ResponseContext): number {
  const header = context.headers['x-stack-actual-status'];
  const parsed = header === undefined ? Number.NaN : Number(header);
  return Number.isInteger(parsed) && parsed >= 400 && parsed <= 599 ? parsed : context.status;
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_QUOTED_SERVER_TEXT_CHARS
    ? flat
    : `${flat.slice(0, MAX_QUOTED_SERVER_TEXT_CHARS)}…`;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * Stack's error mapper (research §2): a response with `x-stack-known-error` becomes the
 * typed class of its code, with the message from the body's `error` (the server's field)
 * or `message` (the spec's), and typed `details`; any other error keeps its status, text
 * and `x-stack-request-id` in the core class of its status. A 2xx passes.
 *
 * @example
 * ```ts
 * createPipeline({ baseUrl, provider: '@acme/stack-client', mapError: mapStackError });
 * ```
 */
export const mapStackError: ErrorMapper = (context) => {
  const status = actualStatus(context);
  if (status < 400) return undefined;
  const init: ApiErrorInit = { ...context.errorInit, status };
  const code = context.headers['x-stack-known-error'];
  if (code !== undefined && code !== '') return knownError(context, init, code, status);
  return plainError(context, init, status);
};

function knownError(
  context: ResponseContext,
  init: ApiErrorInit,
  code: string,
  status: number,
): SdkError {
  const body = record(context.body);
  const raw = body?.error ?? body?.message;
  const serverMessage = typeof raw === 'string' ? raw : undefined;
  const Class = knownErrorClass(code) ?? unknownCodeClass(status);
  const { method, url } = context.request;
  const said = serverMessage === undefined ? '' : `: ${quote(serverMessage)}`;
  return new Class(
    `${method} ${url} failed with ${code} (HTTP ${status})${said}. ${advice(status)}.`,
    {
      ...init,
      code,
      details: body?.details,
      serverMessage,
    },
  );
}

/**
 * A non-known error (research §2: a `StatusError` with a text/plain body, e.g. 404 "Session
 * not found."): the core class of its status, quoting the text. A plain 401 is never taken
 * for an expired credential, so it triggers no refresh.
 */
function plainError(context: ResponseContext, init: ApiErrorInit, status: number): ApiError {
  const { method, url } = context.request;
  const body = record(context.body);
  const text = typeof body?.message === 'string' ? body.message : context.text;
  const said = text.trim() === '' ? '' : `: ${quote(text)}`;
  const message = `${method} ${url} failed with HTTP ${status}${said}. ${advice(status)}.`;
  if (status === 400 || status === 422) return new BadRequestError(message, init);
  if (status === 401)
    return new AuthenticationError(message, { ...init, credentialExpired: false });
  if (status === 403) return new PermissionDeniedError(message, init);
  if (status === 404) return new NotFoundError(message, init);
  if (status === 409) return new ConflictError(message, init);
  if (status === 429)
    return new RateLimitError(message, { ...init, retryAfterMs: context.retryAfterMs });
  if (status >= 500) return new ServerError(message, init);
  return new ApiError(message, init);
}
