import type { RecordedRequest, ScriptedResponse } from '@acme/testing';
import fc from 'fast-check';

/** How a hostile or careless server sends the request's secrets back. */
export type EchoShape =
  | 'text'
  | 'html'
  | 'json'
  | 'long'
  | 'stack-known'
  | 'stake-errors'
  | 'grpc'
  | 'ok-invalid';

/** One scripted answer: a status, a body shape, and whether headers echo the secrets too. */
export interface EchoScenario {
  readonly status: number;
  readonly shape: EchoShape;
  readonly echoHeaders: boolean;
}

/** Statuses for every error path a response can take. */
const STATUSES = [200, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503] as const;

export const echoScenario: fc.Arbitrary<EchoScenario> = fc.record({
  status: fc.constantFrom(...STATUSES),
  shape: fc.constantFrom<EchoShape>(
    'text',
    'html',
    'json',
    'long',
    'stack-known',
    'stake-errors',
    'grpc',
    'ok-invalid',
  ),
  echoHeaders: fc.boolean(),
});

// Headers that carry no secret; every other one is echoed.
const NOT_ECHOED = new Set(['host', 'content-length', 'connection', 'accept-encoding']);

/**
 * Everything the client sent that could be secret, as one string. A JSON body is echoed by
 * its string values (as a server quoting a field does), not as raw text: raw JSON inside a
 * JSON answer or a percent-encoded header composes two encodings, which no redactor undoes
 * (the raw, JSON-escaped and URL-encoded forms are the contract).
 */
export function sentText(request: RecordedRequest, body: 'raw' | 'values' = 'raw'): string {
  return sentParts(request, body, request.url).join('\n');
}

function sentParts(request: RecordedRequest, body: 'raw' | 'values', url: string): string[] {
  const values = Object.entries(request.headers)
    .filter(([name]) => !NOT_ECHOED.has(name))
    .map(([name, value]) => `${name}: ${value}`);
  return [...values, url, body === 'raw' ? request.body : bodyValues(request.body)];
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function bodyValues(body: string): string {
  try {
    const leaves: string[] = [];
    JSON.parse(body, (_key, value: unknown) => {
      if (typeof value === 'string') leaves.push(value);
      return value;
    });
    return leaves.join(' ');
  } catch {
    return body;
  }
}

/** The answer to `request` under `scenario`, carrying back what the request sent. */
export function echoResponse(request: RecordedRequest, scenario: EchoScenario): ScriptedResponse {
  const raw = sentText(request);
  const seen = sentText(request, 'values');
  const headers: Record<string, string> = {};
  if (scenario.echoHeaders) {
    // Header values must be sendable: a server percent-encodes what is not, as a whole, so
    // the secret stays whole (in its URL-encoded form) rather than mangled.
    // The URL is decoded first, or its escapes would be escaped twice.
    const text = sentParts(request, 'values', safeDecode(request.url)).join(' | ');
    const line = /^[\u0020-\u007e]*$/.test(text) ? text : encodeURIComponent(text);
    Object.assign(headers, {
      'x-echo': line,
      'x-request-id': line,
      'x-stack-request-id': line,
      'set-cookie': `session=${line}`,
      'www-authenticate': `Bearer error="${line}"`,
    });
  }
  const status = scenario.status;
  switch (scenario.shape) {
    case 'text':
      return { status, headers, body: `you sent ${raw}` };
    case 'html':
      return {
        status,
        headers: { ...headers, 'content-type': 'text/html; charset=utf-8' },
        body: `<!DOCTYPE html><html><title>Just a moment...</title><pre>${raw}</pre></html>`,
      };
    case 'long':
      return { status, headers, body: `${'x'.repeat(2_040)}${raw}${'y'.repeat(60)}` };
    case 'stack-known':
      return {
        status,
        headers: { ...headers, 'x-stack-known-error': 'SCHEMA_ERROR' },
        json: { code: 'SCHEMA_ERROR', error: `bad request: ${seen}`, details: { message: seen } },
      };
    case 'stake-errors':
      return {
        status,
        headers,
        json: {
          data: null,
          errors: [{ message: seen, errorType: 'unauthenticated', path: ['user'] }],
        },
      };
    case 'grpc':
      return {
        status,
        headers,
        json: { code: 16, message: `unauthenticated: ${seen}`, details: [{ echo: seen }] },
      };
    case 'ok-invalid':
      return { status: 200, headers, json: { unexpected: seen, data: { user: seen } } };
    default:
      return {
        status,
        headers,
        json: { error: seen, message: seen, code: 'echo', details: { sent: seen } },
      };
  }
}
