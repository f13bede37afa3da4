import { AuthenticationError } from '../errors/api-error.js';
import { errorForStatus } from '../errors/error-for-status.js';
import type { SdkError } from '../errors/sdk-error.js';
import type { RedactedUrl } from '../redaction/redacted.js';
import { callSecrets, Redactor } from '../redaction/redactor.js';
import { attemptHeaders } from './attempt-headers.js';
import { runBeforeAttempt } from './before-attempt.js';
import { CallScope } from './call-scope.js';
import { getCredential, renewExpiredCredential } from './credential-access.js';
import { decodeBody } from './decode-body.js';
import { notify } from './notify.js';
import type { PipelineOptions, PipelineRequest } from './pipeline-options.js';
import { checkHeaderValues, type PreparedRequest, prepareRequest } from './prepare-request.js';
import { raceStop } from './race-stop.js';
import { LazyResponseContext } from './response-context.js';
import { RetryBudget } from './retry-budget.js';
import { isRetryable, retryDelayMs } from './retry-policy.js';
import { tooLargeError } from './too-large-error.js';
import { chooseTransport } from './transport/choose-transport.js';
import { BodyTooLarge, type TransportResponse } from './transport/transport.js';
import { transportFailure } from './transport-failure.js';
import { validateOptions } from './validate-options.js';

/** The one request path every client uses. */
export interface Pipeline extends AsyncDisposable {
  /**
   * Sends a request and resolves to its parsed (and, with `schema`, validated) body, or
   * throws a typed {@link SdkError}.
   */
  request<T = unknown>(request: PipelineRequest<T>): Promise<T>;
  /** Aborts every call in flight and refuses new ones. */
  close(): void;
  readonly closed: boolean;
}

type AttemptOutcome =
  | { ok: true; value: unknown }
  | { ok: false; error: SdkError; retryAfterMs: number | undefined };

/**
 * Builds the request pipeline: an https-only base URL; credentials turned into headers per
 * attempt; a timeout per attempt and a deadline per call; retries only where nothing can be
 * charged twice (full jitter, a retry budget, `Retry-After`); one refresh-and-replay on an
 * expired credential; typed errors, redacted when they are built; and hooks.
 *
 * @example
 * ```ts
 * const pipeline = createPipeline({
 *   baseUrl: 'https://api.example.com',
 *   provider: '@acme/example',
 *   credentials: staticCredential({ apiKey: Secret.from(process.env.API_KEY ?? '') }),
 *   headers: (c) => ({ 'x-api-key': c.apiKey.reveal() }),
 *   retry: { limit: 3 },
 * });
 * const user = await pipeline.request({ method: 'GET', path: '/users/42', schema: User });
 * ```
 */
export function createPipeline<C = undefined>(options: PipelineOptions<C>): Pipeline {
  const config = validateOptions(options);
  const { provider, retry: policy } = config;
  const { credentials, hooks } = options;
  const budget = new RetryBudget(policy.budget);
  const live = new Set<CallScope>();
  let closed = false;
  const send = chooseTransport(options.transport, options.fetch);

  const credentialOf = (scope: CallScope, forceRefresh = false) =>
    getCredential(credentials, scope.signal, provider, forceRefresh);
  const renewCredential = (used: C | undefined, scope: CallScope) =>
    renewExpiredCredential(credentials, used, scope.signal, provider);
  const waitBeforeAttempt = (signal: AbortSignal) =>
    runBeforeAttempt(options.beforeAttempt, signal, provider);

  async function attemptOnce(
    prepared: PreparedRequest,
    credential: C | undefined,
    attempt: number,
    scope: CallScope,
  ): Promise<AttemptOutcome> {
    const { method, url, body } = prepared;
    const headers = attemptHeaders(
      provider,
      prepared.isJson ? config.jsonDefaultHeaders : config.defaultHeaders,
      credential === undefined ? undefined : options.headers?.(credential, { method, url, body }),
      prepared.headers,
    );
    checkHeaderValues(headers, provider);
    // Built only when an error or event needs it: a plain success pays nothing for it.
    let redactor: Redactor | undefined;
    const redact = (): Redactor => {
      redactor ??= Redactor.forRequestHeaders(
        headers,
        config.safeHeaders,
        callSecrets(url, prepared.secrets),
      );
      return redactor;
    };
    if (hooks?.onRequest)
      notify(() => hooks.onRequest?.({ method, url: redact().url(url), attempt }));
    const attemptScope = scope.attempt(prepared.timeoutMs);
    const started = performance.now();
    let response: TransportResponse;
    try {
      if (options.beforeAttempt !== undefined) {
        const refused = await waitBeforeAttempt(attemptScope.signal);
        if (refused !== undefined) return { ok: false, error: refused, retryAfterMs: undefined };
      }
      response = await send({
        method,
        url,
        headers,
        body,
        signal: attemptScope.signal,
        maxResponseBytes: config.maxResponseBytes,
      });
    } catch (error) {
      if (error instanceof BodyTooLarge && !attemptScope.signal.aborted) {
        if (error.status < 400) {
          const tooLarge = tooLargeError(error, prepared, config, redact);
          return { ok: false, error: tooLarge, retryAfterMs: undefined };
        }
        // An error status still says what went wrong (and whether to retry or refresh):
        // classify it as usual, with the body withheld.
        response = { status: error.status, headers: error.headers, text: '' };
      } else {
        return { ok: false, error: failureOf(error), retryAfterMs: undefined };
      }
    } finally {
      attemptScope.dispose();
    }
    function failureOf(error: unknown): SdkError {
      return transportFailure({
        error,
        call: scope,
        attemptTimedOut: attemptScope.timedOut,
        what: `${method} ${redact().url(url)}`,
        provider,
        timeoutMs: prepared.timeoutMs,
        deadlineMs: prepared.deadlineMs,
        redact: (t) => redact().text(t),
      });
    }
    const context = new LazyResponseContext({
      status: response.status,
      headers: response.headers,
      text: response.text,
      method,
      url,
      attempt,
      provider,
      requestIdHeader: config.requestIdHeader,
      maxRetryAfterMs: policy.maxRetryAfterMs,
      meta: prepared.meta,
      redactor: redact,
    });
    if (hooks?.onResponse) {
      const durationMs = performance.now() - started;
      const { status, requestId } = context;
      notify(() =>
        hooks.onResponse?.({
          method,
          url: context.request.url,
          attempt,
          status,
          durationMs,
          requestId,
        }),
      );
    }
    const mapped = options.mapError?.(context);
    if (mapped !== undefined || !context.ok) {
      const retryAfterMs = context.retryAfterMs;
      return {
        ok: false,
        error: mapped ?? errorForStatus({ ...context.errorInit, retryAfterMs }),
        retryAfterMs,
      };
    }
    return { ok: true, value: decodeBody(context, response.text, prepared) };
  }

  async function call<T>(request: PipelineRequest<T>): Promise<T> {
    const prepared = prepareRequest(request, config);
    const scope = new CallScope(request.signal, prepared.deadlineMs);
    const deadlineAt = performance.now() + (prepared.deadlineMs ?? Number.POSITIVE_INFINITY);
    if (closed) scope.stop('closed');
    live.add(scope);
    try {
      let retries = 0;
      let replayed = false;
      for (let attempt = 1; ; attempt++) {
        const credential = await untilStopped(credentialOf(scope), scope, prepared);
        const outcome = await attemptOnce(prepared, credential, attempt, scope);
        if (outcome.ok) {
          budget.earn();
          return outcome.value as T;
        }
        const { error } = outcome;
        // A 401 means the server did not act, so even a POST may be replayed, once.
        if (!replayed && AuthenticationError.is(error) && error.credentialExpired) {
          replayed = true;
          if (await untilStopped(renewCredential(credential, scope), scope, prepared)) continue;
          throw error;
        }
        if (!isRetryable(error, retries, prepared.idempotent, policy) || !budget.spend())
          throw error;
        retries++;
        const delayMs = retryDelayMs(retries, outcome.retryAfterMs, policy);
        if (performance.now() + delayMs >= deadlineAt) throw error;
        if (hooks?.onRetry) {
          const status =
            'status' in error && typeof error.status === 'number' ? error.status : undefined;
          const url = redactedUrl(prepared);
          notify(() =>
            hooks.onRetry?.({
              method: prepared.method,
              url,
              attempt,
              delayMs,
              reason: error.code,
              status,
            }),
          );
        }
        await untilStopped(scope.sleep(delayMs), scope, prepared);
      }
    } finally {
      scope.dispose();
      live.delete(scope);
    }
  }

  const untilStopped = <V>(promise: Promise<V>, scope: CallScope, prepared: PreparedRequest) =>
    raceStop(promise, scope, () => stoppedError(scope, prepared));

  /** The call's URL for a retry event or a stop error: no response's redactor exists there. */
  function redactedUrl(prepared: PreparedRequest): RedactedUrl {
    return new Redactor(callSecrets(prepared.url, prepared.secrets), config.safeHeaders).url(
      prepared.url,
    );
  }

  function stoppedError(scope: CallScope, prepared: PreparedRequest): SdkError {
    const url = redactedUrl(prepared);
    return transportFailure({
      error: undefined,
      call: scope,
      attemptTimedOut: false,
      what: `${prepared.method} ${url}`,
      provider,
      timeoutMs: prepared.timeoutMs,
      deadlineMs: prepared.deadlineMs,
      redact: (t) => t,
    });
  }

  return {
    request: call,
    close() {
      closed = true;
      for (const scope of live) scope.stop('closed');
    },
    get closed() {
      return closed;
    },
    async [Symbol.asyncDispose]() {
      this.close();
    },
  };
}
