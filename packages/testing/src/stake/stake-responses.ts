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
 * Cloudflare's rate-limit page (error 1015) as Cloudflare marks it up: the code in
 * `<span class="cf-error-code">1015</span>` under "You are being rate limited", with no
 * JSON and no "error code: 1015" line. HTTP 429 by default; Cloudflare also serves it with
 * 403, where only the markup tells it from a challenge.
 *
 * @example
 * ```ts
 * server.enqueue(cloudflare1015(), cloudflare1015(403));
 * ```
 */
export function cloudflare1015(status: 429 | 403 = 429): ScriptedResponse {
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=UTF-8',
      server: 'cloudflare',
      'cf-ray': '8f00000000000000-AMS',
    },
    body: [
      '<!DOCTYPE html>',
      '<!--[if lt IE 7]> <html class="no-js ie6 oldie" lang="en-US"> <![endif]-->',
      '<html class="no-js" lang="en-US"><head>',
      '<title>Access denied | stake.com used Cloudflare to restrict access</title>',
      '<meta charset="UTF-8" /><meta name="robots" content="noindex, nofollow" />',
      '<link rel="stylesheet" id="cf_styles-css" href="/cdn-cgi/styles/main.css" />',
      '</head><body><div id="cf-wrapper"><div id="cf-error-details" class="p-0">',
      '<header class="mx-auto pt-10 lg:pt-6 lg:px-8 w-240 lg:w-full mb-8">',
      '<h1 class="inline-block sm:block sm:mb-2 font-light text-60 lg:text-4xl text-black-dark leading-tight mr-2">',
      '<span class="cf-error-type" data-translate="error">Error</span>',
      '<span class="cf-error-code">1015</span>',
      '</h1>',
      '<span class="inline-block sm:block font-mono text-15 lg:text-sm lg:leading-relaxed">Ray ID: 8f00000000000000 &bull;</span>',
      '<h2 class="text-gray-600 leading-1.3 text-3xl font-light">You are being rate limited</h2>',
      '</header>',
      '<section class="w-240 lg:w-full mx-auto mb-8 lg:px-8"><div id="what-happened-section" class="w-1/2 md:w-full">',
      '<h2 class="text-3xl leading-tight font-normal mb-4 text-black-dark antialiased" data-translate="what_happened">What happened?</h2>',
      '<p>The owner of this website (stake.com) has banned you temporarily from accessing this website.</p>',
      '</div></section></div></div></body></html>',
    ].join('\n'),
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
