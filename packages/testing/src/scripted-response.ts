import type { RecordedRequest } from './recorded-request.js';

/**
 * A way for the server to misbehave instead of answering.
 *
 * - `'drop'`: close the connection without sending a byte; the client sees "other side closed".
 * - `'reset'`: abort the connection with a TCP RST; the client sees `ECONNRESET`.
 * - `'hang'`: never answer, until the client gives up or the server closes; for timeouts.
 * - `'slow-body'`: send status and headers at once, then the body in small chunks, each after
 *   a pause. The headers carry the full `content-length`, so a client can tell a body cut off
 *   by an abort or by `close()` from a complete one.
 * - `'truncate'`: send status, headers (with the full `content-length`) and the first half of
 *   the body, then close the connection: a body cut off mid-way, such as truncated JSON from a
 *   proxy that dropped the upstream. The client sees a read error, never a complete body.
 *
 * @example
 * ```ts
 * server.enqueue({ fault: 'reset' }, { json: { ok: true } }); // first attempt fails, retry works
 * ```
 */
export type Fault = 'drop' | 'reset' | 'hang' | 'slow-body' | 'truncate';

/**
 * Status of a scripted response that does not set one.
 *
 * @example
 * ```ts
 * server.enqueue({ json: { ok: true } }); // answered with DEFAULT_STATUS, 200
 * ```
 */
export const DEFAULT_STATUS = 200;

/**
 * Pause before each body chunk of a `'slow-body'` fault, in milliseconds.
 *
 * @example
 * ```ts
 * server.enqueue({ fault: 'slow-body', body: 'x'.repeat(16) }); // 2 chunks, 50 ms apart
 * ```
 */
export const DEFAULT_CHUNK_DELAY_MS = 50;

/**
 * Bytes per body chunk of a `'slow-body'` fault.
 *
 * @example
 * ```ts
 * server.enqueue({ fault: 'slow-body', body: 'x'.repeat(20) }); // chunks of 8, 8 and 4 bytes
 * ```
 */
export const DEFAULT_CHUNK_SIZE = 8;

/**
 * What the loopback server does with one request: an answer, a delay, a fault, or a mix.
 * Set at most one of `json` and `body`.
 *
 * @example
 * ```ts
 * server.enqueue(
 *   { status: 429, retryAfter: 1, json: { error: 'slow down' } },
 *   { delayMs: 200, json: { id: 'u_1' } },
 *   { fault: 'slow-body', body: 'x'.repeat(64), chunkDelayMs: 20 },
 * );
 * ```
 */
export interface ScriptedResponse {
  /** 200 to 599. @default 200 */
  status?: number;
  /** Sent as given, names lower-cased; they win over the headers the server sets itself. */
  headers?: Record<string, string>;
  /** Sent as `JSON.stringify(json)`, as `application/json` unless `headers` set a content-type. */
  json?: unknown;
  /** Sent as is, as `text/plain; charset=utf-8` unless `headers` set a content-type. */
  body?: string | Uint8Array;
  /** Wait this long before sending anything, the fault included: latency. @default 0 */
  delayMs?: number;
  /** Sets `retry-after`: seconds, or an HTTP date string. */
  retryAfter?: number | string;
  /** Misbehave instead of answering normally; see {@link Fault}. */
  fault?: Fault;
  /** Pause before each body chunk for `'slow-body'`. @default 50 */
  chunkDelayMs?: number;
  /** Bytes per body chunk for `'slow-body'`. @default 8 */
  chunkSize?: number;
}

/**
 * Decides the answer to a request when no enqueued step is left. May be async.
 *
 * @example
 * ```ts
 * const handler: Handler = (request) =>
 *   request.path === '/health' ? { json: { ok: true } } : { status: 404 };
 * ```
 */
export type Handler = (request: RecordedRequest) => ScriptedResponse | Promise<ScriptedResponse>;

/**
 * Throws when `step` cannot be sent as written, so a mistake in a test's script shows up
 * where it was written (at `enqueue`) rather than as a confusing client error.
 */
export function assertScriptedResponse(step: ScriptedResponse): void {
  const problem = findProblem(step);
  if (problem !== undefined) throw new Error(`[@acme/testing] Scripted response ${problem}`);
}

function findProblem(step: ScriptedResponse): string | undefined {
  if (step.json !== undefined && step.body !== undefined) {
    return 'sets both json and body: pass one of them.';
  }
  const { status, delayMs, chunkDelayMs, chunkSize } = step;
  if (status !== undefined && !(Number.isInteger(status) && status >= 200 && status <= 599)) {
    return `has status ${status}: pass an integer from 200 to 599.`;
  }
  for (const [name, value] of [
    ['delayMs', delayMs],
    ['chunkDelayMs', chunkDelayMs],
  ] as const) {
    if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
      return `has ${name} ${value}: pass a finite number of milliseconds, 0 or more.`;
    }
  }
  if (chunkSize !== undefined && !(Number.isInteger(chunkSize) && chunkSize >= 1)) {
    return `has chunkSize ${chunkSize}: pass a whole number of bytes, 1 or more.`;
  }
  return undefined;
}
