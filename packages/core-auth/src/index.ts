// Credentials: where a credential comes from, and how it stays fresh.

export { chainCredentials } from './credentials/chain-credentials.js';
export type {
  CredentialProvider,
  CredentialRequestOptions,
  Expiring,
} from './credentials/credential-provider.js';
export type { EnvCredential, EnvMap, EnvVarSpec } from './credentials/env-map.js';
export { type FromEnvOptions, fromEnv } from './credentials/from-env.js';
export {
  DEFAULT_REFRESH_WINDOW_MS,
  type RefreshingCredentialOptions,
  type RefreshingCredentialProvider,
  refreshingCredential,
} from './credentials/refreshing-credential.js';
export { staticCredential } from './credentials/static-credential.js';
export {
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  type RedactedRequest,
  ServerError,
} from './errors/api-error.js';
export type { ApiErrorClass } from './errors/api-error-class.js';
export { ConfigurationError } from './errors/configuration-error.js';
export { CredentialError } from './errors/credential-error.js';
export { type DescribeValueOptions, describeValue } from './errors/describe-value.js';
export { errorForStatus } from './errors/error-for-status.js';
export {
  ResponseValidationError,
  type ValidationIssue,
} from './errors/response-validation-error.js';
// Errors.
export { CORE_PROVIDER, isSdkError, SdkError, type SdkErrorOptions } from './errors/sdk-error.js';
export {
  AbortError,
  NetworkError,
  TimeoutError,
  type TimeoutKind,
} from './errors/transport-errors.js';
// Expiry of tokens that carry none on the wire, and of JWTs.
export {
  DEFAULT_EXPIRY_SKEW_SECONDS,
  ExpiringToken,
  type ExpiringTokenOptions,
  type IsExpiredOptions,
  type SetTokenOptions,
} from './expiry/expiring-token.js';
export { type JwtExpiry, jwtExpiry } from './expiry/jwt-expiry.js';
// Headers.
export type { HeaderBuilder, HttpMethod, OutgoingRequest } from './headers/header-builder.js';
// The pipeline.
export { createPipeline, type Pipeline } from './pipeline/create-pipeline.js';
export { type CallOptions, callOptionsOf, transportOptionsOf } from './pipeline/pick-options.js';
export {
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_REQUEST_ID_HEADER,
  DEFAULT_TIMEOUT_MS,
  type ErrorMapper,
  type PipelineHooks,
  type PipelineOptions,
  type PipelineRequest,
  type RequestEvent,
  type ResponseContext,
  type ResponseEvent,
  type ResponseSchema,
  type RetryEvent,
  type SearchParams,
  type TransportOptions,
} from './pipeline/pipeline-options.js';
export { MAX_ERROR_BODY_CHARS } from './pipeline/response-context.js';
export { DEFAULT_MAX_RETRY_AFTER_MS, parseRetryAfter } from './pipeline/retry-after.js';
export {
  DEFAULT_RETRY_BUDGET_REFILL,
  DEFAULT_RETRY_BUDGET_TOKENS,
  type RetryBudgetOptions,
} from './pipeline/retry-budget.js';
export {
  DEFAULT_RETRY_BASE_DELAY_MS,
  DEFAULT_RETRY_LIMIT,
  DEFAULT_RETRY_MAX_DELAY_MS,
  DEFAULT_RETRY_STATUS_CODES,
  IDEMPOTENT_METHODS,
  type RetryOptions,
} from './pipeline/retry-policy.js';
export type { TransportKind } from './pipeline/transport/choose-transport.js';
export type { RedactedUrl } from './redaction/redacted.js';
export { Redactor } from './redaction/redactor.js';
export { SAFE_HEADERS } from './redaction/safe-headers.js';
// Runtime guards.
export {
  assertServerRuntime,
  isBrowserLike,
  type ServerRuntimeOptions,
} from './runtime/assert-server-runtime.js';
export { describeSecret, MASK_MIN_LENGTH, type Masked, mask } from './secrets/mask.js';
// Secrets and redaction.
export { Secret } from './secrets/secret.js';
