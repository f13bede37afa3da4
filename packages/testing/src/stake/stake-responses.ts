import type { ScriptedResponse } from '../scripted-response.js';

/** A number literal written into JSON as is, so `1e-8` reaches the client unchanged. */
export class JsonNumber {
  constructor(readonly literal: string) {
    if (!/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(literal)) {
      throw new Error(`[@acme/testing] ${literal} is not a JSON number literal.`);
    }
  }
}

/** JSON.stringify that writes {@link JsonNumber}s as bare literals. */
export function stringifyStakeJson(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) =>
    v instanceof JsonNumber ? `\u0000num:${v.literal}\u0000` : v,
  );
  return text.replace(/"\\u0000num:([^"\\]+)\\u0000"/g, '$1');
}

/** A Stake GraphQL error entry (research §2.4). */
export interface StakeErrorEntry {
  message: string;
  errorType?: string;
  path?: Array<string | number>;
}

/**
 * Stake's error answer: HTTP 200, `errors[]` with `errorType`, and `data` (null unless given).
 *
 * @example
 * ```ts
 * server.enqueue(stakeGraphQLError({ errorType: 'insufficientBalance', message: 'You do not have enough balance to do that.' }));
 * ```
 */
export function stakeGraphQLError(
  entries: StakeErrorEntry | StakeErrorEntry[],
  data: unknown = null,
): ScriptedResponse {
  const errors = Array.isArray(entries) ? entries : [entries];
  return { status: 200, json: { errors, data } };
}

/**
 * A Cloudflare "Just a moment…" challenge page: HTML, `cf-mitigated: challenge`.
 *
 * @example
 * ```ts
 * server.enqueue(cloudflareChallenge(503));
 * ```
 */
export function cloudflareChallenge(status: 403 | 503 = 403): ScriptedResponse {
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=UTF-8',
      'cf-mitigated': 'challenge',
      server: 'cloudflare',
    },
    body: '<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title></head><body><div id="challenge-body-text">stake.com needs to review the security of your connection before proceeding.</div><script src="/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1"></script></body></html>',
  };
}

/**
 * Cloudflare's rate-limit page, "error code: 1015", with HTTP 429 by default.
 *
 * @example
 * ```ts
 * server.enqueue(cloudflare1015());
 * ```
 */
export function cloudflare1015(status = 429): ScriptedResponse {
  return {
    status,
    headers: { 'content-type': 'text/html; charset=UTF-8', server: 'cloudflare' },
    body: '<!DOCTYPE html><html><head><title>Access denied | stake.com used Cloudflare to restrict access</title></head><body><h1>Error 1015</h1><h2>You are being rate limited</h2><span>error code: 1015</span></body></html>',
  };
}

/**
 * A plain HTTP 429 with `Retry-After` in seconds.
 *
 * @example
 * ```ts
 * server.enqueue(stakeTooManyRequests(2));
 * ```
 */
export function stakeTooManyRequests(retryAfterSeconds = 1): ScriptedResponse {
  return { status: 429, retryAfter: retryAfterSeconds, json: { error: 'Too Many Requests' } };
}

/**
 * `parallelCasinoBet`: a second bet while one is in flight (research §2.4).
 *
 * @example
 * ```ts
 * server.enqueue(stakeParallelBet());
 * ```
 */
export function stakeParallelBet(): ScriptedResponse {
  return stakeGraphQLError({
    message: 'Please slow down, you have a bet in progress.',
    errorType: 'parallelCasinoBet',
    path: ['diceRoll'],
  });
}
