import { cloudflareChallenge, type ScriptedResponse } from '@acme/testing';
import { type CallOptions, DEFAULT_MAX_RESPONSE_BYTES } from '@core/auth';

/** Fast retries: the backoff maths are core's and tested there; here only the count matters. */
export const RETRY = { limit: 2, baseDelayMs: 1, maxDelayMs: 5 } as const;
/** Attempts a retried call makes: the first and every retry. */
export const ATTEMPTS = RETRY.limit + 1;

/**
 * Client-wide limits, roomy enough that a loaded CI box never trips them by accident: only a
 * fault's own (small) limits are meant to fire.
 */
export const CLIENT_LIMITS = { timeoutMs: 2_000, deadlineMs: 4_000 } as const;

/** How the server misbehaves for one row of the matrix. */
export interface Fault {
  readonly name: string;
  /**
   * One answer per attempt and a spare, so a retry the client should not make is faulted too
   * (and shows up in the request log). `okBody` is a real 2xx body of the call under test.
   */
  steps(okBody: string): ScriptedResponse[];
  /**
   * Per-call limits. Small ones only on faults that can never complete (a hang, an endless
   * body), so they cannot fire early on a slow machine and change the outcome.
   */
  readonly call?: CallOptions;
}

const times = (step: ScriptedResponse): ScriptedResponse[] =>
  Array.from({ length: ATTEMPTS + 1 }, () => step);

const html = (status: number, body: string): ScriptedResponse => ({
  status,
  headers: { 'content-type': 'text/html; charset=UTF-8' },
  body,
});

/** The rows, in the order of issue 8: transport faults, then statuses, then bodies. */
export const FAULTS: readonly Fault[] = [
  { name: 'connection reset (RST)', steps: () => times({ fault: 'reset' }) },
  { name: 'connection closed without an answer', steps: () => times({ fault: 'drop' }) },
  {
    name: 'no answer (per-attempt timeout)',
    steps: () => times({ fault: 'hang' }),
    call: { timeoutMs: 40 },
  },
  {
    // 1 KiB in 8-byte chunks 20 ms apart: about 2.5 s, far past the attempt's 50 ms.
    name: 'slow body',
    steps: (okBody) => times({ fault: 'slow-body', body: okBody.padEnd(1_024), chunkDelayMs: 20 }),
    call: { timeoutMs: 50 },
  },
  {
    name: 'body cut off mid-way (truncated JSON, connection closed)',
    steps: (okBody) => times({ fault: 'truncate', body: okBody }),
  },
  {
    name: '5xx storm',
    steps: () =>
      [500, 502, 503, 504].map((status) => ({ status, json: { error: 'upstream failed' } })),
  },
  {
    // Honouring it would end past the deadline, so the call fails at once with the wait. The
    // deadline is roomy so that a slow first attempt cannot hit it instead.
    name: '429 with Retry-After in seconds',
    steps: () => times({ status: 429, retryAfter: 10, json: { error: 'Too Many Requests' } }),
    call: { deadlineMs: 3_000 },
  },
  {
    name: '429 with Retry-After as an HTTP date',
    steps: () =>
      times({
        status: 429,
        retryAfter: new Date(Date.now() + 10_000).toUTCString(),
        json: { error: 'Too Many Requests' },
      }),
    call: { deadlineMs: 3_000 },
  },
  {
    name: '429 storm with Retry-After: 0',
    steps: () => times({ status: 429, retryAfter: 0, json: { error: 'Too Many Requests' } }),
  },
  { name: 'Cloudflare challenge page, 403 HTML', steps: () => times(cloudflareChallenge(403)) },
  { name: 'Cloudflare challenge page, 503 HTML', steps: () => times(cloudflareChallenge(503)) },
  {
    name: 'truncated JSON in a complete 200',
    steps: (okBody) =>
      times({
        headers: { 'content-type': 'application/json' },
        body: okBody.slice(0, Math.floor(okBody.length / 2)),
      }),
  },
  {
    name: 'wrong content type: text/html 200',
    steps: () => times(html(200, '<!DOCTYPE html><html><body>Welcome!</body></html>')),
  },
  { name: 'wrong content type: text/plain 200', steps: () => times({ body: 'OK' }) },
  {
    // The real answer, made longer than the limit with JSON whitespace: only the size is wrong,
    // so a client without the limit would accept it.
    name: 'oversized body (over maxResponseBytes)',
    steps: (okBody) =>
      times({ headers: { 'content-type': 'application/json' }, body: oversized(okBody) }),
  },
];

// Built once per body: 10 MiB strings are not free, and every row of a client sends the same.
const oversizedBodies = new Map<string, Uint8Array>();
function oversized(okBody: string): Uint8Array {
  let body = oversizedBodies.get(okBody);
  if (body === undefined) {
    body = Buffer.from(okBody.padEnd(DEFAULT_MAX_RESPONSE_BYTES + 1), 'utf8');
    oversizedBodies.set(okBody, body);
  }
  return body;
}

/** Looks a fault up by the start of its name, for outcome tables. */
export function fault(prefix: string): Fault {
  const found = FAULTS.find((f) => f.name.startsWith(prefix));
  if (found === undefined) throw new Error(`no fault named ${prefix}…`);
  return found;
}

/**
 * Whether the server's log must show every attempt. Not under a fault that ends in the client's
 * own small timeout: on a loaded machine an attempt may time out before its request is read, and
 * then it never reaches the log (nor the server: nothing is charged).
 */
export function loggedExactly(fault: Fault): boolean {
  return fault.call?.timeoutMs === undefined;
}
