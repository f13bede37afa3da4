// The client.

export {
  AbortError,
  ApiError,
  AuthenticationError,
  ConfigurationError,
  CredentialError,
  NetworkError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseValidationError,
  Secret,
  ServerError,
  TimeoutError,
} from '@core/auth';
// Auth: tokens, cookies, headers, curl.
export { StakeAuth } from './auth/stake-auth.js';
export type {
  StakeAuthOptions,
  StakeHeaderOptions,
  StakeProviderOptions,
  StakeTokenOptions,
} from './auth/stake-auth-options.js';
export type { StakeCredential, StakeCredentialInput } from './auth/stake-credential.js';
export {
  buildStakeHeaders,
  type StakeHeaderSettings,
  stakeCookieHeader,
} from './auth/stake-headers.js';
export type { GraphQLOptions } from './client/graphql-options.js';
export type { StakeBalances, StakeConversionRates, StakeUserProfile } from './client/results.js';
export { StakeClient } from './client/stake-client.js';
export type {
  StakeCallOptions,
  StakeClientAuthOptions,
  StakeClientCommonOptions,
  StakeClientOptions,
} from './client/stake-client-options.js';
export {
  DEFAULT_REQUESTS_PER_SECOND,
  DEFAULT_STAKE_BASE_URL,
  DEFAULT_STAKE_LANGUAGE,
  DEFAULT_STAKE_USER_AGENT,
  STAKE_GRAPHQL_PATH,
  STAKE_PROVIDER,
} from './config/defaults.js';
export { extractAccessTokenFromCurl, extractSessionFromCurl } from './curl/extract.js';
export { type CurlForm, type ParsedCurl, parseCurl } from './curl/parse-curl.js';
export {
  CRYPTO_DECIMALS,
  currencyDecimals,
  FIAT_CURRENCIES,
  FIAT_DECIMALS,
} from './decimal/currencies.js';
export { toPlainDecimal } from './decimal/decimal.js';
// Errors: Stake's own, plus the core ones callers catch most.
export {
  type BetLimit,
  BetLimitError,
  ExistingGameError,
  InsufficientFundsError,
} from './errors/bet-errors.js';
export { CloudflareChallengeError } from './errors/cloudflare-challenge-error.js';
export {
  StakeAuthenticationError,
  type StakeGraphQLDetails,
  StakeNotFoundError,
  StakeRateLimitError,
} from './errors/stake-api-errors.js';
export {
  StakeGraphQLError,
  type StakeGraphQLErrorEntry,
  type StakeGraphQLErrorInit,
} from './errors/stake-graphql-error.js';
export { decodeJson } from './graphql/decode-json.js';
// GraphQL documents and schemas.
export {
  CURRENCY_CONFIGURATION_QUERY,
  DEFAULT_STAKE_DOCUMENTS,
  type StakeDocuments,
  USER_BALANCES_QUERY,
  USER_PROFILE_QUERY,
} from './graphql/documents.js';
export { RateLimitQueueFullError } from './rate-limit/rate-limit-queue-full-error.js';
export type { RateLimitOptions } from './rate-limit/token-bucket.js';
export { stakeDecimal } from './schemas/decimal-string.js';
export { type FormatAmountOptions, formatAmount } from './validation/format-amount.js';
// Validation and amounts.
export {
  isValidAccessToken,
  STAKE_TOKEN_LENGTH,
  type TokenFormat,
  type ValidateAccessTokenOptions,
  validateAccessToken,
} from './validation/validate-access-token.js';
export {
  type AmountInput,
  type BetAmountLimits,
  DEFAULT_MAX_DECIMALS,
  isValidBetAmount,
  MAX_AMOUNT_EXPONENT,
  validateBetAmount,
} from './validation/validate-bet-amount.js';
