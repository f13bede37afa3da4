import type { IncomingMessage } from 'node:http';

/**
 * One request as the loopback server received it, body included.
 *
 * @example
 * ```ts
 * const [request] = server.requests;
 * expect(request?.method).toBe('POST');
 * expect(request?.query.get('limit')).toBe('2');
 * expect(JSON.parse(request?.body ?? '')).toEqual({ amount: 1 });
 * ```
 */
export interface RecordedRequest {
  /** Upper-case method, e.g. `GET`. */
  readonly method: string;
  /** Path and query exactly as received, e.g. `/api/v1/users?limit=2`. */
  readonly url: string;
  /** The path part of {@link RecordedRequest.url}, not decoded or normalised. */
  readonly path: string;
  /** The query part of {@link RecordedRequest.url}, parsed. */
  readonly query: URLSearchParams;
  /** Lower-cased names; a repeated header's values joined with `', '`. */
  readonly headers: Readonly<Record<string, string>>;
  /** The raw body decoded as UTF-8; `''` when there is none. */
  readonly body: string;
  /** `Date.now()` when the request's headers arrived. */
  readonly receivedAt: number;
}

/**
 * Reads the whole body of `request` and describes it. A client that disconnects mid-body
 * still gets recorded with what arrived, because "the server saw a request" is what
 * charge-once tests assert on.
 */
export async function readRecordedRequest(
  request: IncomingMessage,
  receivedAt: number,
): Promise<RecordedRequest> {
  const url = request.url ?? '/';
  // Split by hand rather than through `new URL`, which would normalise `/a/../b` and read
  // `//host/path` as a host: the log should show what the client sent.
  const queryStart = url.indexOf('?');
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const query = new URLSearchParams(queryStart === -1 ? '' : url.slice(queryStart + 1));
  const headers: Record<string, string> = {};
  for (const [name, values] of Object.entries(request.headersDistinct)) {
    if (values !== undefined) headers[name] = values.join(', ');
  }
  return {
    method: (request.method ?? 'GET').toUpperCase(),
    url,
    path,
    query,
    headers,
    body: await readBody(request),
    receivedAt,
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of request) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    }
  } catch {
    // The client went away mid-body; keep what arrived.
  }
  return Buffer.concat(chunks).toString('utf8');
}
