import { KnownError } from '../known-errors.js';

/**
 * Research §1.8 `parseBody`: JSON, text, form and octet-stream bodies are accepted, anything
 * else is `BODY_PARSING_ERROR`; GET bodies are ignored; an empty body is no body.
 */
export function parseBody(
  method: string,
  headers: Readonly<Record<string, string>>,
  raw: string,
): unknown {
  if (method === 'GET' || method === 'HEAD') return undefined;
  const contentType = headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  switch (contentType) {
    case 'application/json':
      if (raw === '') return undefined;
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        throw new KnownError('BODY_PARSING_ERROR', { message: 'Invalid JSON in request body' });
      }
    case 'text/plain':
    case 'application/octet-stream':
      return raw;
    case 'application/x-www-form-urlencoded':
      return Object.fromEntries(new URLSearchParams(raw));
    default:
      if (raw === '') return undefined;
      throw new KnownError('BODY_PARSING_ERROR', {
        message: `Unknown content type in request body: ${contentType ?? '(none)'}`,
      });
  }
}
