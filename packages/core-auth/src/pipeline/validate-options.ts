import { ConfigurationError } from '../errors/configuration-error.js';
import { CORE_PROVIDER } from '../errors/sdk-error.js';
import { SAFE_HEADERS } from '../redaction/safe-headers.js';
import { parseBaseUrl } from './base-url.js';
import {
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_REQUEST_ID_HEADER,
  DEFAULT_TIMEOUT_MS,
  type PipelineOptions,
} from './pipeline-options.js';
import { type RetryPolicy, toRetryPolicy } from './retry-policy.js';

// setTimeout fires at once for anything longer than a signed 32-bit count of milliseconds.
const MAX_TIMER_MS = 2_147_483_647;

/** The pipeline's options once checked, with defaults filled in. */
export interface PipelineConfig<C> {
  provider: string;
  baseUrl: string;
  timeoutMs: number;
  deadlineMs: number | undefined;
  retry: RetryPolicy;
  requestIdHeader: string;
  userAgent: string;
  maxResponseBytes: number;
  safeHeaders: ReadonlySet<string>;
  options: PipelineOptions<C>;
}

/** Checks every option once, when the pipeline is built, so no call fails on a typo later. */
export function validateOptions<C>(options: PipelineOptions<C>): PipelineConfig<C> {
  if (typeof options !== 'object' || options === null) {
    throw new ConfigurationError('options are missing: pass at least { baseUrl }.', {
      option: 'options',
    });
  }
  const provider = options.provider ?? CORE_PROVIDER;
  const fail = (option: string, why: string): never => {
    throw new ConfigurationError(`${option} ${why}`, { option, provider });
  };
  const baseUrl = parseBaseUrl(options.baseUrl, options.allowInsecureHttp === true, provider);
  const timeoutMs = checkMs(options.timeoutMs, 'timeoutMs', fail) ?? DEFAULT_TIMEOUT_MS;
  const deadlineMs = checkMs(options.deadlineMs, 'deadlineMs', fail);
  const retry = toRetryPolicy(options.retry);
  checkRetry(options.retry, retry, fail);
  if ((options.credentials === undefined) !== (options.headers === undefined)) {
    fail(
      'credentials',
      'and headers go together: pass a credential provider and the header builder that turns it into headers.',
    );
  }
  if (
    options.credentials !== undefined &&
    typeof options.credentials.getCredential !== 'function'
  ) {
    fail(
      'credentials',
      'must be a credential provider with getCredential(): use staticCredential(), fromEnv() or refreshingCredential().',
    );
  }
  for (const name of ['mapError', 'fetch', 'beforeAttempt'] as const) {
    if (options[name] !== undefined && typeof options[name] !== 'function')
      fail(name, 'must be a function.');
  }
  if (
    options.transport !== undefined &&
    options.transport !== 'node' &&
    options.transport !== 'fetch'
  ) {
    fail('transport', `must be "node" or "fetch": got ${String(options.transport)}.`);
  }
  if (options.transport === 'node' && options.fetch !== undefined) {
    fail(
      'transport',
      'is "node" but a fetch was given: drop one (a fetch implies transport "fetch").',
    );
  }
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  if (!Number.isSafeInteger(maxResponseBytes) || maxResponseBytes < 1) {
    fail(
      'maxResponseBytes',
      `must be a whole number of bytes of at least 1: got ${String(options.maxResponseBytes)}. For 10 MiB pass 10_485_760.`,
    );
  }
  const requestIdHeader = (options.requestIdHeader ?? DEFAULT_REQUEST_ID_HEADER).toLowerCase();
  const safeHeaders = new Set([
    ...SAFE_HEADERS,
    requestIdHeader,
    ...(options.safeHeaders ?? []).map((h) => h.toLowerCase()),
  ]);
  const userAgent = options.userAgent ?? provider;
  if (typeof userAgent !== 'string' || userAgent.trim() === '' || /[\r\n]/.test(userAgent)) {
    fail('userAgent', 'must be a one-line, non-empty string.');
  }
  return {
    provider,
    baseUrl,
    timeoutMs,
    deadlineMs,
    retry,
    requestIdHeader,
    userAgent,
    maxResponseBytes,
    safeHeaders,
    options,
  };
}

/** A positive whole number of milliseconds that a timer can hold, or undefined. */
export function checkMs(
  value: unknown,
  option: string,
  fail: (option: string, why: string) => never,
): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0 || value > MAX_TIMER_MS) {
    return fail(
      option,
      `must be a whole number of milliseconds between 1 and ${MAX_TIMER_MS}: got ${String(value)}. For 30 seconds pass 30_000.`,
    );
  }
  return value;
}

function checkRetry(
  raw: unknown,
  policy: RetryPolicy,
  fail: (option: string, why: string) => never,
): void {
  if (raw !== undefined && typeof raw !== 'number' && (typeof raw !== 'object' || raw === null)) {
    fail('retry', 'must be a number (the retry limit) or an object such as { limit: 2 }.');
  }
  if (!Number.isInteger(policy.limit) || policy.limit < 0 || policy.limit > 10) {
    fail('retry.limit', `must be a whole number from 0 to 10: got ${String(policy.limit)}.`);
  }
  for (const key of ['baseDelayMs', 'maxDelayMs', 'maxRetryAfterMs'] as const) {
    const value = policy[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_TIMER_MS) {
      fail(
        `retry.${key}`,
        `must be a number of milliseconds from 0 to ${MAX_TIMER_MS}: got ${String(value)}.`,
      );
    }
  }
  if (
    !Array.isArray(policy.statusCodes) ||
    policy.statusCodes.some((s) => !Number.isInteger(s) || s < 400 || s > 599)
  ) {
    fail('retry.statusCodes', 'must be a list of HTTP error statuses (400-599).');
  }
  const { maxTokens, refillPerSuccess } = policy.budget;
  if (maxTokens !== undefined && (!Number.isFinite(maxTokens) || maxTokens < 0)) {
    fail('retry.budget.maxTokens', 'must be a number of at least 0.');
  }
  if (
    refillPerSuccess !== undefined &&
    (!Number.isFinite(refillPerSuccess) || refillPerSuccess < 0)
  ) {
    fail('retry.budget.refillPerSuccess', 'must be a number of at least 0.');
  }
  if (typeof policy.random !== 'function')
    fail('retry.random', 'must be a function returning [0, 1).');
}
