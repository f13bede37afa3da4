export { STASH_DEFAULT_PAGE_LIMIT, STASH_MAX_PAGE_LIMIT } from './catalog-routes.js';
export { checkStashAuth, type StashAuthConfig, type StashAuthResult } from './check-auth.js';
export { createFakeStashCredentials, type FakeStashCredentials } from './fake-credentials.js';
export { httpStatusForGrpcCode, STASH_GRPC_STATUS, stashGrpcError } from './grpc-status.js';
export {
  parseStashSignatureHeader,
  STASH_HMAC_WINDOW_MS,
  type StashKeyEncoding,
  type StashSignatureHeader,
  signStashBody,
  stashKeyBytes,
} from './hmac-signature.js';
export {
  defaultStashPayments,
  defaultStashProducts,
  type StashPaymentFixture,
  type StashProductFixture,
} from './seed-data.js';
export {
  type StashServer,
  type StashServerOptions,
  type StashWebhookDelivery,
  startStashServer,
} from './start-stash-server.js';
export type { CreatedStashLink } from './stash-state.js';
export {
  fakePurchaseSucceededEvent,
  type SignedStashWebhook,
  STASH_WEBHOOK_SIGNATURE_HEADER,
  signStashWebhook,
} from './webhook-signing.js';
