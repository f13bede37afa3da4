import { ConfigurationError } from '../errors/configuration-error.js';
import { describeValue } from '../errors/describe-value.js';
import { SAFE_HEADERS } from '../redaction/safe-headers.js';
import { parseBaseUrl } from './base-url.js';
import { checkHeaderName, checkProvider, checkSafeHeaders } from './check-adapter-options.js';
import { checkMs, checkRetry } from './check-timing-options.js';
import {
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_REQUEST_ID_HEADER,
  DEFAULT_TIMEOUT_MS,
  type PipelineOptions,
} from './pipeline-options.js';
import { type RetryPolicy, toRetryPolicy } from './retry-policy.js';

/** The pipeline's options once checked, with defaults filled in. */
export interface PipelineConfig<C> {
  provider: string;
  baseUrl: string;
  timeoutMs: number;
  deadlineMs: number | undefined;
  retry: RetryPolicy;
  requestIdHeader: string;
  userAgent: string;
  /** `accept` and `user-agent`, computed once for every attempt of every call. */
  defaultHeaders: Readonly<Record<string, string>>;
  /** The same with `content-type: application/json`, for calls that send `json`. */
  jsonDefaultHeaders: Readonly<Record<string, string>>;
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
  const provider = checkProvider(options.provider);
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
    typeof (options.credentials as { getCredential?: unknown } | null)?.getCredential !== 'function'
  ) {
    fail(
      'credentials',
      'must be a credential provider with getCredential(): use staticCredential(), fromEnv() or refreshingCredential().',
    );
  }
  for (const name of ['headers', 'mapError', 'fetch', 'beforeAttempt'] as const) {
    if (options[name] !== undefined && typeof options[name] !== 'function')
      fail(name, 'must be a function.');
  }
  if (
    options.transport !== undefined &&
    options.transport !== 'node' &&
    options.transport !== 'fetch'
  ) {
    fail(
      'transport',
      `must be "node" or "fetch": got ${describeValue(options.transport, { showStrings: true })}.`,
    );
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
      `must be a whole number of bytes of at least 1: got ${describeValue(options.maxResponseBytes)}. For 10 MiB pass 10_485_760.`,
    );
  }
  const requestIdHeader = checkHeaderName(
    options.requestIdHeader ?? DEFAULT_REQUEST_ID_HEADER,
    'requestIdHeader',
    fail,
  );
  const safeHeaders = new Set([
    ...SAFE_HEADERS,
    requestIdHeader,
    ...checkSafeHeaders(options.safeHeaders, fail),
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
    defaultHeaders: { accept: 'application/json', 'user-agent': userAgent },
    jsonDefaultHeaders: {
      accept: 'application/json',
      'user-agent': userAgent,
      'content-type': 'application/json',
    },
    maxResponseBytes,
    safeHeaders,
    options,
  };
}
