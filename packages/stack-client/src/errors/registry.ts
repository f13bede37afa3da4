import type { ApiError } from '@core/auth';
import {
  ApiKeyExpiredError,
  ApiKeyNotFoundError,
  ApiKeyRevokedError,
  PublicApiKeyCannotBeRevokedError,
  WrongApiKeyTypeError,
} from './known/api-key-errors.js';
import {
  AccessTypeRequiredError,
  AccessTypeWithoutProjectIdError,
  AdminAccessTokenExpiredError,
  AdminAccessTokenIsNotAdminError,
  AdminAuthenticationRequiredError,
  ClientAuthenticationRequiredError,
  InsufficientAccessTypeError,
  InvalidAccessTypeError,
  InvalidPublishableClientKeyError,
  InvalidSecretServerKeyError,
  InvalidSuperSecretAdminKeyError,
  ProjectKeyWithoutAccessTypeError,
  PublishableClientKeyRequiredForProjectError,
  ServerAuthenticationRequiredError,
  UnparsableAdminAccessTokenError,
} from './known/project-auth-errors.js';
import {
  CannotDeleteCurrentSessionError,
  InvalidOAuthClientIdOrSecretError,
  ProviderRejectedError,
  RefreshTokenNotFoundOrExpiredError,
} from './known/refresh-token-errors.js';
import {
  AllOverloadsFailedError,
  BodyParsingError,
  BranchDoesNotExistError,
  CurrentProjectNotFoundError,
  ProjectNotFoundError,
  SchemaError,
  UnsupportedError,
} from './known/request-errors.js';
import {
  ContactChannelAlreadyUsedForAuthBySomeoneElseError,
  PermissionNotFoundError,
  TeamMembershipAlreadyExistsError,
  TeamMembershipNotFoundError,
  TeamNotFoundError,
  TeamPermissionRequiredError,
  UserEmailAlreadyExistsError,
  UserIdDoesNotExistError,
  UserNotFoundError,
} from './known/resource-errors.js';
import {
  AccessTokenExpiredError,
  AnonymousAuthenticationNotAllowedError,
  CannotGetOwnUserWithoutUserError,
  InvalidProjectForAccessTokenError,
  RestrictedUserNotAllowedError,
  UnparsableAccessTokenError,
  UserAuthenticationRequiredError,
} from './known/session-errors.js';
import type { StackKnownErrorInit } from './stack-known-error.js';
import { genericKnownErrorClass } from './stack-status-errors.js';

type KnownErrorClass = (new (
  message: string,
  init: StackKnownErrorInit,
) => ApiError) & {
  readonly defaultCode: string;
};

/** Every concrete code this version knows (research §2), by its wire code. */
const KNOWN: ReadonlyMap<string, KnownErrorClass> = new Map(
  (
    [
      ProjectKeyWithoutAccessTypeError,
      InvalidAccessTypeError,
      AccessTypeWithoutProjectIdError,
      AccessTypeRequiredError,
      InsufficientAccessTypeError,
      InvalidPublishableClientKeyError,
      InvalidSecretServerKeyError,
      InvalidSuperSecretAdminKeyError,
      UnparsableAdminAccessTokenError,
      AdminAccessTokenExpiredError,
      AdminAccessTokenIsNotAdminError,
      PublishableClientKeyRequiredForProjectError,
      ClientAuthenticationRequiredError,
      ServerAuthenticationRequiredError,
      AdminAuthenticationRequiredError,
      UnparsableAccessTokenError,
      AccessTokenExpiredError,
      InvalidProjectForAccessTokenError,
      AnonymousAuthenticationNotAllowedError,
      RestrictedUserNotAllowedError,
      UserAuthenticationRequiredError,
      CannotGetOwnUserWithoutUserError,
      RefreshTokenNotFoundOrExpiredError,
      CannotDeleteCurrentSessionError,
      ProviderRejectedError,
      InvalidOAuthClientIdOrSecretError,
      ApiKeyNotFoundError,
      ApiKeyExpiredError,
      ApiKeyRevokedError,
      WrongApiKeyTypeError,
      PublicApiKeyCannotBeRevokedError,
      SchemaError,
      BodyParsingError,
      AllOverloadsFailedError,
      CurrentProjectNotFoundError,
      BranchDoesNotExistError,
      ProjectNotFoundError,
      UnsupportedError,
      UserNotFoundError,
      UserIdDoesNotExistError,
      UserEmailAlreadyExistsError,
      TeamNotFoundError,
      TeamMembershipNotFoundError,
      TeamMembershipAlreadyExistsError,
      PermissionNotFoundError,
      TeamPermissionRequiredError,
      ContactChannelAlreadyUsedForAuthBySomeoneElseError,
    ] as const
  ).map((c): [string, KnownErrorClass] => [c.defaultCode, c]),
);

/** The class of a known-error code, or undefined when this version does not know it. */
export function knownErrorClass(code: string): KnownErrorClass | undefined {
  return KNOWN.get(code);
}

/**
 * The generic Stack class of the status, for a code this version does not know (research §2:
 * the JS SDK throws a plain Error for those; we keep code, status and details instead).
 */
export function unknownCodeClass(
  status: number,
): new (
  message: string,
  init: StackKnownErrorInit,
) => ApiError {
  return genericKnownErrorClass(status);
}

/** The wire codes this version maps to their own classes. */
export const KNOWN_ERROR_CODES: readonly string[] = [...KNOWN.keys()];
