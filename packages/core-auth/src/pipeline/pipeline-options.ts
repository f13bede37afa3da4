import type { CredentialProvider } from '../credentials/credential-provider.js';
import type { ApiErrorInit, RedactedRequest } from '../errors/api-error.js';
import type { SdkError } from '../errors/sdk-error.js';
import type { HeaderBuilder, HttpMethod } from '../headers/header-builder.js';
import type { RedactedUrl } from '../redaction/redacted.js';
import type { Secret } from '../secrets/secret.js';
import type { RetryOptions } from './retry-policy.js';
import type { TransportKind } from './transport/choose-transport.js';

/** @default 30_000 */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** @default 'x-request-id' */
export const DEFAULT_REQUEST_ID_HEADER = 'x-request-id';

/**
 * What an adapter's {@link ErrorMapper} sees of a response. Every field is already
 * redacted: the secrets this request sent are masked wherever the server echoed them.
 */
export interface ResponseContext {
  readonly status: number;
  /** True for 2xx. The mapper sees successes too, for APIs that report errors with 200. */
  readonly ok: boolean;
  /** Response headers: safe ones as sent (minus echoed secrets), others masked. */
  readonly headers: Readonly<Record<string, string>>;
  /**
   * One response header, redacted as in `headers`, or undefined when absent. Cheaper than
   * `headers` on the success path: an absent header builds nothing.
   */
  header(name: string): string | undefined;
  /** The body text, redacted. */
  readonly text: string;
  /** The body parsed as JSON when it parses, else the text; redacted. */
  readonly body: unknown;
  readonly requestId: string | undefined;
  readonly request: RedactedRequest;
  /** `Retry-After`, in milliseconds, clamped; undefined when absent. */
  readonly retryAfterMs: number | undefined;
  /** 1 for the first attempt. */
  readonly attempt: number;
  readonly provider: string;
  /** A ready init for an ApiError subclass: provider, status, request, requestId, body cut to 2 KB, headers. */
  readonly errorInit: ApiErrorInit;
  /** What the call passed as `meta`, e.g. the GraphQL operation it sent. */
  readonly meta: Readonly<Record<string, unknown>>;
  /** Masks this request's secrets in any other text the adapter wants to quote. */
  redact(text: string): string;
}

/**
 * The adapter's turn to classify a response: return an error to throw, or undefined to
 * accept a 2xx (or let the pipeline map a non-2xx by status).
 *
 * @example
 * ```ts
 * const mapError: ErrorMapper = (ctx) =>
 *   ctx.ok && hasGraphQLErrors(ctx.body) ? new StakeGraphQLError(ctx) : undefined;
 * ```
 */
export type ErrorMapper = (context: ResponseContext) => SdkError | undefined;

interface HookEventBase {
  readonly method: HttpMethod;
  readonly url: RedactedUrl;
  /** 1 for the first attempt. */
  readonly attempt: number;
}

/** Sent as an attempt leaves. */
export type RequestEvent = HookEventBase;

/** Sent when an attempt's response (headers and body) has arrived. */
export interface ResponseEvent extends HookEventBase {
  readonly status: number;
  readonly durationMs: number;
  readonly requestId: string | undefined;
}

/** Sent before the pipeline waits to try again. */
export interface RetryEvent extends HookEventBase {
  readonly delayMs: number;
  /** The failed attempt's error code, e.g. `server_error`, `network_error`. */
  readonly reason: string;
  readonly status: number | undefined;
}

/**
 * Observers of the request path. Events carry no secret. A hook that throws is ignored: an
 * observer must not change the outcome of a call.
 */
export interface PipelineHooks {
  onRequest?: (event: RequestEvent) => void;
  onResponse?: (event: ResponseEvent) => void;
  onRetry?: (event: RetryEvent) => void;
}

/** Options every adapter takes and hands to its pipeline. */
export interface TransportOptions {
  /** The API root. Must be https; http only for loopback with `allowInsecureHttp`. */
  baseUrl?: string;
  /** Allows `http://` for 127.0.0.1, ::1 and localhost, e.g. `@acme/testing`'s servers. @default false */
  allowInsecureHttp?: boolean;
  /** Bounds each attempt. @default 30_000 */
  timeoutMs?: number;
  /** Bounds the whole call, retries and waits included. @default undefined (none) */
  deadlineMs?: number;
  /** Retries; a number sets the limit. @default { limit: 2 } */
  retry?: number | RetryOptions;
  hooks?: PipelineHooks;
  /**
   * A fetch implementation, e.g. one with a proxy dispatcher or instrumentation. Giving one
   * sends every request through ky and this fetch.
   * @default globalThis.fetch (when `transport` is `'fetch'`)
   */
  fetch?: typeof globalThis.fetch;
  /**
   * What sends the requests: `'node'` is `node:http` with a keep-alive pool (about half the
   * latency of fetch on Node); `'fetch'` is ky over `fetch` (every runtime; what fetch
   * instrumentation such as OpenTelemetry's undici hooks or MSW sees, and the only one that
   * goes through undici's `setGlobalDispatcher`, e.g. a `ProxyAgent`).
   * @default 'node' on Node without a `fetch` option, else 'fetch'
   */
  transport?: TransportKind;
  /**
   * The most bytes of response body read (after decompression); a longer body is dropped
   * and the call fails with a `ResponseValidationError` coded `response_too_large`.
   * @default 10_485_760 (10 MiB)
   */
  maxResponseBytes?: number;
}

/** The default {@link TransportOptions.maxResponseBytes}: 10 MiB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

interface PipelineBaseOptions extends TransportOptions {
  baseUrl: string;
  /** The package name that prefixes every error message. @default '@core/auth' */
  provider?: string;
  /** Classifies responses before the status-based default. */
  mapError?: ErrorMapper;
  /**
   * Awaited before every attempt leaves, retries included, with the attempt's signal: the
   * place for a client-side rate limiter's wait. Its time counts toward the attempt's
   * `timeoutMs`; when the signal aborts it should reject, and the call then fails with the
   * usual `TimeoutError` or `AbortError`.
   */
  beforeAttempt?: (signal: AbortSignal) => Promise<void> | void;
  /** The `user-agent` sent. @default the provider name */
  userAgent?: string;
  /** The response header read into `requestId`. @default 'x-request-id' */
  requestIdHeader?: string;
  /** Headers of this API that carry no secret and may be shown in errors. */
  safeHeaders?: readonly string[];
}

/**
 * Options of {@link createPipeline}. Credentials and their header builder come together or
 * not at all.
 */
export type PipelineOptions<C> = PipelineBaseOptions &
  (
    | { credentials: CredentialProvider<C>; headers: HeaderBuilder<C> }
    | { credentials?: undefined; headers?: undefined }
  );

/** Query values; undefined ones are left out. */
export type SearchParams =
  | URLSearchParams
  | Readonly<Record<string, string | number | boolean | undefined>>;

/** Something that validates a response body, such as a zod schema. */
export interface ResponseSchema<T> {
  safeParse(data: unknown):
    | { success: true; data: T }
    | {
        success: false;
        error: {
          issues: ReadonlyArray<{
            path: ReadonlyArray<PropertyKey>;
            message: string;
            code?: string;
          }>;
        };
      };
}

interface RequestBase<T> {
  method: HttpMethod;
  /** Relative to `baseUrl`. Encode ids you interpolate with encodeURIComponent. */
  path: string;
  searchParams?: SearchParams;
  headers?: Readonly<Record<string, string>>;
  /** Validates the parsed body; the call resolves to its output. */
  schema?: ResponseSchema<T>;
  /** Marks a POST or PATCH safe to retry (the server deduplicates it). @default by method */
  idempotent?: boolean;
  signal?: AbortSignal;
  timeoutMs?: number;
  deadlineMs?: number;
  /** How to read a 2xx body. @default 'json' */
  responseType?: 'json' | 'text';
  /**
   * Parses a 2xx JSON body instead of JSON.parse, e.g. losslessly so that money keeps every
   * digit; its output goes to `schema`. A throw means "not JSON". @default JSON.parse
   */
  decode?: (text: string) => unknown;
  /** Facts about the call for the adapter's `mapError`, which sees them as `ctx.meta`. */
  meta?: Readonly<Record<string, unknown>>;
  /**
   * Secrets this call sends outside its headers (an API key to check, a password in the
   * body): masked in every error and event, like the credential headers.
   */
  secrets?: ReadonlyArray<string | Secret>;
  /**
   * The 2xx body carries new secrets (issued tokens, a key shown once), so a body that fails
   * validation is reported by its shape only. @default false
   */
  secretResponse?: boolean;
}

/** One call through the pipeline: a JSON body, a raw body, or none. */
export type PipelineRequest<T> = RequestBase<T> &
  (
    | { json: unknown; body?: undefined }
    | { body: string | Uint8Array; json?: undefined }
    | { json?: undefined; body?: undefined }
  );
