/**
 * Headers whose values are shown as they are in errors and hook events. Every other
 * header is masked: redaction works by allow-list, so a header nobody thought of is safe.
 * Adapters add their own non-secret headers (`x-stack-access-type`, `x-language`, …).
 */
export const SAFE_HEADERS: ReadonlySet<string> = new Set([
  'accept',
  'accept-encoding',
  'accept-language',
  'cache-control',
  'cf-cache-status',
  'cf-mitigated',
  'cf-ray',
  'connection',
  'content-encoding',
  'content-length',
  'content-type',
  'date',
  'etag',
  'keep-alive',
  'origin',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
  'referer',
  'request-id',
  'retry-after',
  'server',
  'transfer-encoding',
  'user-agent',
  'vary',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'x-request-id',
]);
