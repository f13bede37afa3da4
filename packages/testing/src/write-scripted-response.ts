import type { ServerResponse } from 'node:http';
import { untilAborted, wait } from './abortable-wait.js';
import {
  DEFAULT_CHUNK_DELAY_MS,
  DEFAULT_CHUNK_SIZE,
  DEFAULT_STATUS,
  type ScriptedResponse,
} from './scripted-response.js';

// HTTP forbids a body on these; a content-length would make some clients wait for one.
const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([204, 205, 304]);

/**
 * Sends `step` on `response`, faults included. Resolves when done or when `signal` aborts
 * (client gone, server closing); after an abort it writes nothing more.
 */
export async function writeScriptedResponse(
  response: ServerResponse,
  step: ScriptedResponse,
  signal: AbortSignal,
): Promise<void> {
  if (step.delayMs !== undefined && !(await wait(step.delayMs, signal))) return;
  if (signal.aborted) return;
  switch (step.fault) {
    case 'drop':
      response.socket?.destroy();
      return;
    case 'reset':
      response.socket?.resetAndDestroy();
      return;
    case 'hang':
      return untilAborted(signal);
    case 'slow-body':
    case 'truncate':
    case undefined:
      break;
  }
  const status = step.status ?? DEFAULT_STATUS;
  const payload = NULL_BODY_STATUSES.has(status) ? new Uint8Array() : encodeBody(step);
  response.writeHead(status, buildHeaders(step, status, payload));
  if (step.fault === 'slow-body') {
    await writeSlowly(response, payload, step, signal);
  } else if (step.fault === 'truncate') {
    // Half the promised bytes, flushed, then the socket goes: the client cannot take the body
    // for complete. The callback also runs (with an error) when the client is already gone.
    const half = payload.subarray(0, Math.floor(payload.byteLength / 2));
    await new Promise<void>((resolve) => response.write(half, () => resolve()));
    response.socket?.destroy();
  } else {
    response.end(payload);
  }
}

function encodeBody(step: ScriptedResponse): Uint8Array {
  if (step.json !== undefined) return Buffer.from(JSON.stringify(step.json), 'utf8');
  if (typeof step.body === 'string') return Buffer.from(step.body, 'utf8');
  return step.body ?? new Uint8Array();
}

function buildHeaders(
  step: ScriptedResponse,
  status: number,
  payload: Uint8Array,
): Record<string, string> {
  const headers: Record<string, string> = {};
  if (!NULL_BODY_STATUSES.has(status)) {
    // A content-length even for 'slow-body' and 'truncate', so a client can tell a cut-off
    // body from a complete one.
    headers['content-length'] = String(payload.byteLength);
    if (step.json !== undefined) headers['content-type'] = 'application/json';
    else if (step.body !== undefined) headers['content-type'] = 'text/plain; charset=utf-8';
  }
  if (step.retryAfter !== undefined) headers['retry-after'] = String(step.retryAfter);
  // Given headers win, so a test can script a lying content-length or an odd content-type.
  for (const [name, value] of Object.entries(step.headers ?? {})) {
    headers[name.toLowerCase()] = value;
  }
  return headers;
}

async function writeSlowly(
  response: ServerResponse,
  payload: Uint8Array,
  step: ScriptedResponse,
  signal: AbortSignal,
): Promise<void> {
  const chunkSize = step.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const chunkDelayMs = step.chunkDelayMs ?? DEFAULT_CHUNK_DELAY_MS;
  response.flushHeaders();
  for (let offset = 0; offset < payload.byteLength; offset += chunkSize) {
    if (!(await wait(chunkDelayMs, signal))) return;
    response.write(payload.subarray(offset, offset + chunkSize));
  }
  response.end();
}
