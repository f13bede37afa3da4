import {
  type ApiError,
  type ApiErrorInit,
  type ErrorMapper,
  errorForStatus,
  type ResponseContext,
  type SdkError,
} from '@core/auth';
import { knownErrorClass, unknownCodeClass } from './registry.js';

/** Server text quoted in a message is cut to this many characters (the body keeps 2 KB). */
export const MAX_QUOTED_SERVER_TEXT_CHARS = 300;

// What to do, by status, after a known error's own message (Stack's words for Stack's keys).
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
  const header = context.header('x-stack-actual-status');
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
  const code = context.header('x-stack-known-error');
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
      // A known error is the server's deliberate answer, so another attempt gets the same
      // one (the official SDK never retries a 5xx either); only plain 5xx are retried.
      ...(status >= 500 ? { retryable: false } : {}),
    },
  );
}

/** What the core error classes take: every field any of them reads. */
type PlainErrorInit = ApiErrorInit & {
  credentialExpired: boolean;
  retryAfterMs: number | undefined;
};

/**
 * A non-known error (research §2: a `StatusError` with a text/plain body, e.g. 404 "Session
 * not found."): core's class and advice for its status, with the server's text quoted. A plain
 * 401 is never taken for an expired credential, so it triggers no refresh.
 */
function plainError(context: ResponseContext, init: ApiErrorInit, status: number): ApiError {
  const full: PlainErrorInit = {
    ...init,
    status,
    credentialExpired: false,
    retryAfterMs: context.retryAfterMs,
  };
  const generic = errorForStatus(full);
  const body = record(context.body);
  const text = typeof body?.message === 'string' ? body.message : context.text;
  if (text.trim() === '') return generic;
  // The same class and fields, with the server's words after core's advice.
  const Class = generic.constructor as new (message: string, init: PlainErrorInit) => ApiError;
  const prefix = `[${generic.provider}] `;
  const said = generic.message.startsWith(prefix)
    ? generic.message.slice(prefix.length)
    : generic.message;
  return new Class(`${said} The server said: ${quote(text)}`, full);
}
