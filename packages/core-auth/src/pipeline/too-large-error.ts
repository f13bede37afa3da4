import { ResponseValidationError } from '../errors/response-validation-error.js';
import type { Redactor } from '../redaction/redactor.js';
import type { PreparedRequest } from './prepare-request.js';
import type { BodyTooLarge } from './transport/transport.js';
import type { PipelineConfig } from './validate-options.js';

/**
 * The error for a body cut off at `maxResponseBytes`. Not retried: the same request would
 * most likely get the same body.
 */
export function tooLargeError<C>(
  cut: BodyTooLarge,
  prepared: PreparedRequest,
  config: PipelineConfig<C>,
  redact: () => Redactor,
): ResponseValidationError {
  const request = { method: prepared.method, url: redact().url(prepared.url) };
  const id = cut.headers.get(config.requestIdHeader);
  return new ResponseValidationError(
    `${request.method} ${request.url} answered ${cut.status} with a body longer than maxResponseBytes (${cut.limit} bytes), so it was not read: page through the results, or raise maxResponseBytes if the body is expected to be this large.`,
    {
      provider: config.provider,
      code: 'response_too_large',
      status: cut.status,
      request,
      requestId: id === null ? undefined : redact().text(id),
      issues: [{ path: [], message: `body longer than ${cut.limit} bytes`, code: 'too_big' }],
      body: undefined,
    },
  );
}
