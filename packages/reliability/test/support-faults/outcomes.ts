import { CloudflareChallengeError } from '@acme/stake-client';
import {
  NetworkError,
  PermissionDeniedError,
  RateLimitError,
  ResponseValidationError,
  ServerError,
  TimeoutError,
} from '@core/auth';
import { expect } from 'vitest';
import { ATTEMPTS, type Fault } from './faults.js';
import type { ClientName } from './target.js';

/** What a read must end with under one fault. */
export interface Outcome {
  /** The class the call rejects with, checked by its static `is` (works across copies). */
  readonly error: { readonly kind: string; is(value: unknown): boolean };
  /** Requests the server sees: ATTEMPTS when the fault is worth retrying, else 1. */
  readonly requests: number;
  /** Fields the error must have, e.g. its status. */
  readonly fields?: Readonly<Record<string, unknown>>;
  /** Checks that do not fit `fields`. */
  readonly check?: (error: unknown) => void;
}

type Row = { readonly all: Outcome } & Partial<Record<ClientName, Outcome>>;

const retried = (error: Outcome['error'], fields?: Outcome['fields']): Outcome => ({
  error,
  requests: ATTEMPTS,
  ...(fields === undefined ? {} : { fields }),
});
const final = (error: Outcome['error'], fields?: Outcome['fields']): Outcome => ({
  error,
  requests: 1,
  ...(fields === undefined ? {} : { fields }),
});

// A challenge needs a browser: Stake's mapper makes it final, whatever the status (research
// §2.4). The other APIs have no such page and see plain 403/503s.
const challenge = (status: number): Outcome => final(CloudflareChallengeError, { status });

/** Keyed by fault name, in the order of FAULTS. */
const OUTCOMES: Readonly<Record<string, Row>> = {
  'connection reset (RST)': { all: retried(NetworkError, { syscallCode: 'ECONNRESET' }) },
  'connection closed without an answer': { all: retried(NetworkError) },
  'no answer (per-attempt timeout)': { all: retried(TimeoutError, { timeoutKind: 'attempt' }) },
  'slow body': { all: retried(TimeoutError, { timeoutKind: 'attempt' }) },
  'body cut off mid-way (truncated JSON, connection closed)': { all: retried(NetworkError) },
  // The third attempt meets the third status of 500, 502, 503, 504.
  '5xx storm': { all: retried(ServerError, { status: 503 }) },
  '429 with Retry-After in seconds': {
    all: final(RateLimitError, { status: 429, retryAfterMs: 10_000 }),
  },
  '429 with Retry-After as an HTTP date': {
    all: {
      ...final(RateLimitError, { status: 429 }),
      // An HTTP date has whole seconds: 10 s ahead reads as 9 s to 10 s, less the time the
      // answer took (bounded by the call's 3 s deadline).
      check: (error) => {
        const { retryAfterMs } = error as RateLimitError;
        expect(retryAfterMs).toBeGreaterThan(6_000);
        expect(retryAfterMs).toBeLessThanOrEqual(10_000);
      },
    },
  },
  '429 storm with Retry-After: 0': { all: retried(RateLimitError, { retryAfterMs: 0 }) },
  'Cloudflare challenge page, 403 HTML': {
    all: final(PermissionDeniedError, { status: 403 }),
    stake: challenge(403),
  },
  'Cloudflare challenge page, 503 HTML': {
    all: retried(ServerError, { status: 503 }),
    stake: challenge(503),
  },
  'truncated JSON in a complete 200': { all: final(ResponseValidationError, { status: 200 }) },
  'wrong content type: text/html 200': { all: final(ResponseValidationError, { status: 200 }) },
  'wrong content type: text/plain 200': { all: final(ResponseValidationError, { status: 200 }) },
  'oversized body (over maxResponseBytes)': {
    all: final(ResponseValidationError, { status: 200, code: 'response_too_large' }),
  },
};

/** The outcome a read of `client` must have under `fault`. */
export function outcomeOf(fault: Fault, client: ClientName): Outcome {
  const row = OUTCOMES[fault.name];
  if (row === undefined) throw new Error(`no outcome for the fault "${fault.name}"`);
  return row[client] ?? row.all;
}
