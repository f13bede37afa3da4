// Clients.

// Users' sessions and tokens.
export type { StackAccessTokenClaims, StackUserType } from './auth/access-token-claims.js';
export {
  type AccessTokenRejection,
  AccessTokenVerificationError,
} from './auth/access-token-verification-error.js';
export {
  type StackTokens,
  USER_REFRESH_WINDOW_MS,
  type WithUserOptions,
} from './auth/user-session.js';
export {
  DEFAULT_CLOCK_TOLERANCE_SECONDS,
  JWKS_CACHE_MAX_AGE_MS,
  type VerifyAccessTokenOptions,
} from './auth/verify-access-token.js';
export type {
  StackAdminClient,
  StackAdminClientOptions,
  StackClient,
  StackClientBase,
  StackClientOptions,
  StackClientUser,
  StackCommonOptions,
  StackSecretKeyOptions,
  StackServerClient,
  StackServerClientOptions,
  StackServerResources,
  StackServerUser,
} from './clients/client-types.js';
export { createStackClient } from './clients/create-stack-client.js';
export {
  createStackAdminClient,
  createStackServerClient,
} from './clients/create-stack-server-client.js';
// Configuration checks.
export { DEFAULT_STACK_BASE_URL } from './config/base-url.js';
export { isValidStackKey, type StackKeyOption, validateStackKey } from './config/keys.js';
export { isValidProjectId, validateProjectId } from './config/project-id.js';
// Errors.
export {
  ApiKeyNotValidError,
  InvalidAccessTokenError,
  InvalidAdminAccessTokenError,
  InvalidProjectAuthenticationError,
  InvalidSessionAuthenticationError,
  ProjectAuthenticationError,
  ProjectAuthenticationRequiredError,
  RefreshTokenError,
  SessionAuthenticationError,
} from './errors/families.js';
export * from './errors/known/api-key-errors.js';
export * from './errors/known/project-auth-errors.js';
export * from './errors/known/refresh-token-errors.js';
export * from './errors/known/request-errors.js';
export * from './errors/known/resource-errors.js';
export * from './errors/known/session-errors.js';
export { MAX_QUOTED_SERVER_TEXT_CHARS, mapStackError } from './errors/map-stack-error.js';
export { KNOWN_ERROR_CODES } from './errors/registry.js';
export { SessionExpiredError } from './errors/session-expired-error.js';
export { StackKnownError, type StackKnownErrorInit } from './errors/stack-known-error.js';
export {
  StackAuthenticationError,
  StackBadRequestError,
  StackConflictError,
  StackNotFoundError,
  StackPermissionDeniedError,
  StackServerError,
} from './errors/stack-status-errors.js';
// Headers.
export type { StackAccessType, StackUserTypeOptions } from './http/stack-credential.js';
export { STACK_SAFE_HEADERS, stackHeaders } from './http/stack-headers.js';
// Resources' types.
export type { TeamApiKeyMethods, UserApiKeyMethods } from './resources/api-keys.js';
export type { CallOptions } from './resources/call.js';
export type { ContactChannelMethods } from './resources/contact-channels.js';
export type { CurrentUserMethods } from './resources/current-user.js';
export type { ListPermissionsInput, PermissionMethods } from './resources/permissions.js';
export type { ProjectMethods } from './resources/project.js';
export type { SessionMethods } from './resources/sessions.js';
export type { TeamMethods } from './resources/teams.js';
export type { UserMethods } from './resources/users.js';
export type {
  CreateTeamApiKeyInput,
  CreateUserApiKeyInput,
  StackApiKey,
  StackNewApiKey,
} from './schemas/api-key.js';
export type { Json } from './schemas/common.js';
export type {
  CreateContactChannelInput,
  StackContactChannel,
  UpdateContactChannelInput,
} from './schemas/contact-channel.js';
export type { StackPermission } from './schemas/permission.js';
export type { StackProject } from './schemas/project.js';
export {
  type CreateSessionInput,
  MAX_SESSION_EXPIRES_IN_MS,
  type StackSession,
  type StackSessionTokens,
} from './schemas/session.js';
export type {
  CreateTeamInput,
  StackTeam,
  StackTeamMembership,
  UpdateTeamInput,
} from './schemas/team.js';
export type { StackUser, StackUserPage } from './schemas/user.js';
export {
  type CreateUserInput,
  DEFAULT_LIST_USERS_LIMIT,
  type ListUsersInput,
  MAX_LIST_USERS_LIMIT,
  type UpdateCurrentUserInput,
  type UpdateUserInput,
} from './schemas/user-input.js';
export { PACKAGE_VERSION, STACK_CLIENT_VERSION } from './version.js';
