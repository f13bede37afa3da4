import {
  ResponseValidationError,
  type ValidationIssue,
} from '../errors/response-validation-error.js';
import type { PreparedRequest } from './prepare-request.js';
import { type LazyResponseContext, NOT_JSON } from './response-context.js';

/** Decodes a 2xx body as the call asked: text, JSON, or JSON checked by its schema. */
export function decodeBody(
  context: LazyResponseContext,
  text: string,
  prepared: PreparedRequest,
): unknown {
  if (prepared.responseType === 'text') return text;
  const data =
    prepared.decode === undefined ? context.rawJson() : context.decodedRaw(prepared.decode);
  if (data === NOT_JSON) {
    const type = context.headers['content-type'] ?? 'none';
    throw invalidBody(
      context,
      `is not JSON (content-type ${type}): the server or a proxy in front of it sent something else. Check baseUrl`,
      [{ path: [], message: 'expected a JSON body' }],
      prepared.secretResponse,
    );
  }
  if (prepared.schema === undefined) return data;
  const result = prepared.schema.safeParse(data);
  if (result.success) return result.data;
  // Keep where and what was expected; drop any received value, which could be anything.
  // A path is made of the body's keys and a message may quote a value: a secret the server
  // echoed as either must not reach the error.
  const issues = result.error.issues.map((i) => ({
    path: i.path.map((part) => (typeof part === 'string' ? context.redact(part) : part)),
    message: context.redact(i.message),
    code: i.code,
  }));
  const first = issues[0];
  const where =
    first === undefined ? '' : ` at ${first.path.join('.') || '(root)'}: ${first.message}`;
  const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
  throw invalidBody(
    context,
    `does not match the expected shape${where}${more}. The API may have changed; see error.issues`,
    issues,
    prepared.secretResponse,
  );
}

function invalidBody(
  context: LazyResponseContext,
  why: string,
  issues: ValidationIssue[],
  secretResponse: boolean,
): ResponseValidationError {
  const { request, status, requestId, provider } = context;
  return new ResponseValidationError(
    `${request.method} ${request.url} answered ${status} with a body that ${why}.`,
    {
      provider,
      status,
      request,
      requestId,
      issues,
      // A body that issued secrets is shown by its shape: its tokens were never in the request,
      // so no redactor knows them.
      body: secretResponse ? shapeOf(context.rawJson()) : context.errorInit.body,
    },
  );
}

/** The structure of a value with every leaf replaced by its type: `{ access_token: 'string' }`. */
export function shapeOf(value: unknown, depth = 0): unknown {
  if (value === NOT_JSON) return '(not JSON; withheld because it may hold secrets)';
  if (depth > 8) return '…';
  if (Array.isArray(value)) return value.slice(0, 3).map((item) => shapeOf(item, depth + 1));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shapeOf(v, depth + 1)]));
  }
  return value === null ? 'null' : typeof value;
}
