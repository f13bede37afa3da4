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
    );
  }
  if (prepared.schema === undefined) return data;
  const result = prepared.schema.safeParse(data);
  if (result.success) return result.data;
  // Keep where and what was expected; drop any received value, which could be anything.
  const issues = result.error.issues.map((i) => ({
    path: [...i.path],
    message: i.message,
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
  );
}

function invalidBody(
  context: LazyResponseContext,
  why: string,
  issues: ValidationIssue[],
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
      body: context.errorInit.body,
    },
  );
}
