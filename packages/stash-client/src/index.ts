// The client.

// Core errors and Secret, so callers need not depend on @core/auth to catch or wrap.
export {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  isSdkError,
  NetworkError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseValidationError,
  SdkError,
  Secret,
  ServerError,
  TimeoutError,
} from '@core/auth';
// Signing, for callers that sign requests themselves.
export { stashSignatureHeader } from './auth/hmac-signature.js';
export {
  STASH_API_KEY_DEPRECATION_CODE,
  STASH_BASE_URLS,
  STASH_HMAC_WINDOW_MS,
  STASH_MAX_PAGE_LIMIT,
  STASH_PROVIDER,
  type StashEnvironment,
} from './client/constants.js';
export { StashClient, type StashRequestOptions } from './client/stash-client.js';
export type {
  StashAuthOptions,
  StashCallOptions,
  StashClientOptions,
  StashHmacAuth,
  StashKeyEncoding,
  StashTarget,
} from './client/stash-client-options.js';
// Errors.
export { GRPC_STATUS_NAMES, parseRpcStatus, type StashRpcStatus } from './errors/grpc-status.js';
export {
  StashApiError,
  type StashApiErrorInit,
  StashBadRequestError,
  StashConflictError,
  type StashGrpcFields,
  StashNotFoundError,
  StashPermissionDeniedError,
  StashRateLimitError,
  StashServerError,
} from './errors/stash-api-errors.js';
export {
  StashAuthenticationError,
  type StashAuthScheme,
} from './errors/stash-authentication-error.js';
export { WebhookPayloadError, WebhookSignatureError } from './errors/webhook-errors.js';
// Schemas and types of the calls.
export type {
  AuthenticatedUrl,
  GenerateAuthenticatedUrlRequest,
} from './schemas/authenticated-url.js';
export type { StashUser } from './schemas/common.js';
export type { Payment } from './schemas/payment.js';
export type { ListProductsOptions, Product, ProductPage } from './schemas/product.js';
export type {
  CatalogItemRef,
  CreateQuickPayUrlRequest,
  QuickPayItem,
  QuickPayUrl,
} from './schemas/quick-pay.js';
export type {
  CreateSubscriptionCheckoutLinkRequest,
  SubscriptionCheckoutLink,
} from './schemas/subscription-checkout-link.js';
export type {
  KnownStashWebhookEvent,
  StashWebhookEnvironment,
  StashWebhookEvent,
  StashWebhookEventType,
  UnknownStashWebhookEvent,
} from './schemas/webhook-event.js';
// Webhooks.
export { parseWebhookEvent } from './webhooks/parse-webhook-event.js';
export {
  STASH_WEBHOOK_SIGNATURE_HEADER,
  type VerifyWebhookOptions,
  verifyWebhook,
  type WebhookSecrets,
} from './webhooks/verify-webhook.js';
