import {
  AuthenticationError,
  type ErrorMapper,
  RateLimitError,
  type ResponseContext,
  type SdkError,
} from '@core/auth';
import { stakeCallMeta } from '../graphql/call-meta.js';
import { decodeJson } from '../graphql/decode-json.js';
import { CloudflareChallengeError } from './cloudflare-challenge-error.js';
import { mapGraphQLErrors, mayReplay } from './map-graphql-errors.js';
import { isRecord, readGraphQLData, readGraphQLErrors } from './read-graphql-errors.js';
import { StakeAuthenticationError } from './stake-api-errors.js';

/** What the mapper needs to know about the client. */
export interface StakeErrorMapperOptions {
  /** Whether a refused token may be refreshed (a provider with `invalidate`). */
  refreshable: () => boolean;
  /** Whether requests carry `cf_clearance`, for the challenge hint. */
  cfClearanceSent: () => boolean;
}

// Cloudflare's rate-limit page (research §2.4, sportslots): the short form says
// "error code: 1015"; the full page marks it up as `<span class="cf-error-code">1015</span>`
// under "You are being rate limited".
const CLOUDFLARE_1015 =
  /error(?:\s+code)?:?\s*1015\b|cf-error-code["']?\s*>\s*1015\b|you are being rate limited/i;

/**
 * Stake's error rules (research §2.4), in the order they are checked:
 * - a Cloudflare 1015 page, or HTTP 429: RateLimitError (Retry-After honoured);
 * - HTTP 403/503 with HTML, `cf-mitigated` or "Just a moment": CloudflareChallengeError;
 * - HTTP 401: AuthenticationError;
 * - an `errors` array, whatever the status: the typed error of its errorType or message;
 * - a null `data.user` on a user query: AuthenticationError, not empty balances;
 * - anything else non-2xx: the core error for the status.
 */
export function createStakeErrorMapper(options: StakeErrorMapperOptions): ErrorMapper {
  return (ctx) => {
    const call = stakeCallMeta(ctx.meta);
    const operationName = call.operationName;
    if (!ctx.ok) {
      const httpError = mapHttpFailure(ctx, options);
      if (httpError !== undefined) return httpError;
    }
    // A cheap look first: most successes carry neither errors nor a null user.
    const text = ctx.text;
    const mayHaveErrors = text.includes('"errors"');
    const mayLackUser = call.requireUser && /"user"\s*:\s*null/.test(text);
    if (!mayHaveErrors && !mayLackUser) return undefined;
    // ctx.body went through JSON.parse: decode the (already redacted) text exactly instead,
    // so partial data keeps 1e-8 as "0.00000001" on the error too.
    const body = decodeExactly(text);
    const errors = readGraphQLErrors(body);
    const data = readGraphQLData(body);
    const errorInit = exactErrorInit(ctx, body);
    if (errors.length > 0) {
      return mapGraphQLErrors(ctx, {
        errors,
        data,
        operationName,
        operationType: call.operationType,
        refreshable: options.refreshable(),
        errorInit,
      });
    }
    if (mayLackUser && isRecord(data) && data.user === null) {
      return new StakeAuthenticationError(
        `${operationName ?? 'the query'} answered with no user (data.user is null): Stake did not accept the access token. Copy a fresh x-access-token from a logged-in browser.`,
        {
          ...errorInit,
          errors: [],
          data,
          operationName,
          credentialExpired: options.refreshable() && mayReplay(call.operationType, data),
        },
      );
    }
    return undefined;
  };
}

function mapHttpFailure(
  ctx: ResponseContext,
  options: StakeErrorMapperOptions,
): SdkError | undefined {
  const what = `${ctx.request.method} ${ctx.request.url} answered HTTP ${ctx.status}`;
  const text = ctx.text;
  if (ctx.status === 429 || CLOUDFLARE_1015.test(text)) {
    const wait =
      ctx.retryAfterMs === undefined ? 'a while' : `${Math.ceil(ctx.retryAfterMs / 1_000)} s`;
    return new RateLimitError(
      `${what}${CLOUDFLARE_1015.test(text) ? ' (Cloudflare error 1015)' : ''}: too many requests. Wait ${wait} and lower the client's rateLimit.`,
      { ...ctx.errorInit, retryAfterMs: ctx.retryAfterMs },
    );
  }
  if ((ctx.status === 403 || ctx.status === 503) && looksLikeChallenge(ctx)) {
    const sent = options.cfClearanceSent();
    const fix = sent
      ? "The cf_clearance sent was refused: it expired, or this userAgent or IP differs from the browser that earned it. Copy a fresh cf_clearance and that browser's exact user agent (parseCurl reads both)."
      : 'Open Stake in a browser, pass the challenge, then pass its cf_clearance cookie as cfClearance together with that browser\'s exact user agent as userAgent (parseCurl reads both from "Copy as cURL").';
    return new CloudflareChallengeError(
      `${what} with a Cloudflare challenge page, not JSON: ${fix}`,
      // A challenge needs a browser; another attempt cannot pass it.
      { ...ctx.errorInit, cfClearanceSent: sent, retryable: false },
    );
  }
  if (ctx.status === 401) {
    return new AuthenticationError(
      `${what}: Stake did not accept the access token. Copy a fresh x-access-token from a logged-in browser.`,
      { ...ctx.errorInit, credentialExpired: options.refreshable() },
    );
  }
  return undefined;
}

function looksLikeChallenge(ctx: ResponseContext): boolean {
  const contentType = ctx.headers['content-type'] ?? '';
  return (
    contentType.includes('text/html') ||
    ctx.headers['cf-mitigated'] === 'challenge' ||
    ctx.text.trimStart().startsWith('<') ||
    /just a moment/i.test(ctx.text)
  );
}

const NOT_DECODED = Symbol('not-decoded');

function decodeExactly(text: string): unknown {
  try {
    return decodeJson(text);
  } catch {
    return NOT_DECODED;
  }
}

/** The core's error init with `body` decoded exactly, unless the core cut it to text. */
function exactErrorInit(ctx: ResponseContext, body: unknown) {
  const init = ctx.errorInit;
  return typeof init.body === 'string' || body === NOT_DECODED ? init : { ...init, body };
}
