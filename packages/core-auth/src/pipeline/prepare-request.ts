import { ConfigurationError } from '../errors/configuration-error.js';
import { describeValue } from '../errors/describe-value.js';
import type { HttpMethod } from '../headers/header-builder.js';
import { joinUrl } from './base-url.js';
import {
  checkIdempotent,
  checkSchema,
  checkSignal,
  revealSecrets,
} from './check-request-fields.js';
import { checkMs } from './check-timing-options.js';
import type { PipelineRequest, ResponseSchema } from './pipeline-options.js';
import { IDEMPOTENT_METHODS } from './retry-policy.js';
import type { PipelineConfig } from './validate-options.js';

const NO_META: Readonly<Record<string, unknown>> = Object.freeze({});

const METHODS: ReadonlySet<string> = new Set([
  'GET',
  'HEAD',
  'OPTIONS',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
]);

/** A call's request, checked and resolved once, then sent as many times as it is tried. */
export interface PreparedRequest {
  method: HttpMethod;
  url: URL;
  body: string | Uint8Array | undefined;
  isJson: boolean;
  idempotent: boolean;
  timeoutMs: number;
  deadlineMs: number | undefined;
  headers: Readonly<Record<string, string>> | undefined;
  schema: ResponseSchema<unknown> | undefined;
  responseType: 'json' | 'text';
  decode: ((text: string) => unknown) | undefined;
  meta: Readonly<Record<string, unknown>>;
  secrets: readonly string[];
  secretResponse: boolean;
}

/** Checks one call's options before any I/O and resolves its URL and body. */
export function prepareRequest<C, T>(
  request: PipelineRequest<T>,
  config: PipelineConfig<C>,
): PreparedRequest {
  const { provider } = config;
  const fail = (option: string, why: string): never => {
    throw new ConfigurationError(`${option} ${why}`, { option, provider });
  };
  if (typeof request !== 'object' || request === null)
    fail('request', 'must be an object such as { method: "GET", path: "/users" }.');
  const method = request.method;
  if (!METHODS.has(method))
    fail(
      'method',
      `must be one of ${[...METHODS].join(', ')} in upper case: got ${describeValue(method, { showStrings: true })}.`,
    );
  if (
    request.responseType !== undefined &&
    request.responseType !== 'json' &&
    request.responseType !== 'text'
  ) {
    fail(
      'responseType',
      `must be "json" or "text": got ${describeValue(request.responseType, { showStrings: true })}.`,
    );
  }
  if (request.decode !== undefined && typeof request.decode !== 'function') {
    fail('decode', 'must be a function that parses the body text.');
  }
  if (request.json !== undefined && request.body !== undefined) {
    fail(
      'json',
      'and body are exclusive: pass a value to serialise as json, or raw bytes as body.',
    );
  }
  const schema = checkSchema(request.schema, fail);
  checkSignal(request.signal, fail);
  const secrets = revealSecrets(request.secrets, fail);
  const idempotent = checkIdempotent(request.idempotent, fail);
  let body: string | Uint8Array | undefined = request.body;
  if (body !== undefined && typeof body !== 'string' && !(body instanceof Uint8Array)) {
    fail('body', 'must be a string or a Uint8Array; for an object, pass it as json.');
  }
  if (request.json !== undefined) {
    try {
      body = JSON.stringify(request.json);
    } catch (error) {
      fail(
        'json',
        `could not be serialised (${error instanceof Error ? error.name : 'error'}): pass plain data, with no BigInt values or cycles.`,
      );
    }
  }
  return {
    method,
    url: joinUrl(config.baseUrl, request.path, request.searchParams, provider),
    body,
    isJson: request.json !== undefined,
    idempotent: idempotent ?? IDEMPOTENT_METHODS.has(method),
    timeoutMs: checkMs(request.timeoutMs, 'timeoutMs', fail) ?? config.timeoutMs,
    deadlineMs: checkMs(request.deadlineMs, 'deadlineMs', fail) ?? config.deadlineMs,
    headers: request.headers,
    schema,
    responseType: request.responseType ?? 'json',
    decode: request.decode,
    meta: request.meta ?? NO_META,
    secrets,
    secretResponse: request.secretResponse === true,
  };
}

// HTTP header values are tab, visible ASCII and bytes 0x80-0xFF (RFC 9110 field-value; Node
// and undici both refuse the rest). Anything else would throw an error that looks like a
// network failure, and be retried.
const UNSENDABLE = /[^\t\x20-\x7e\x80-\xff]/;
// RFC 9110 token: what a header name may be.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Rejects a header value fetch cannot send, naming the header and never the value. */
export function checkHeaderValues(
  headers: Readonly<Record<string, string>>,
  provider: string,
): void {
  for (const [name, value] of Object.entries(headers)) {
    if (!TOKEN.test(name)) {
      throw new ConfigurationError(
        `a header name is not an HTTP token (${describeValue(name, { showStrings: true })}): use letters, digits and - only.`,
        { option: 'headers', provider },
      );
    }
    if (typeof value !== 'string' || UNSENDABLE.test(value)) {
      throw new ConfigurationError(
        `header ${name} has a value that cannot be sent (${typeof value === 'string' ? 'a control character or a character above U+00FF' : typeof value}): check the credential for a stray newline or a paste artefact.`,
        { option: name, provider },
      );
    }
  }
}
