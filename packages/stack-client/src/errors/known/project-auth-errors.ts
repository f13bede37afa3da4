// Project key and access-type errors (research §1.5, §2).
// Each class: the core class of its status, plus its place in Stack's tree (the brand).

import {
  INVALID_ADMIN_ACCESS_TOKEN,
  INVALID_PROJECT_AUTHENTICATION,
  PROJECT_AUTHENTICATION_REQUIRED,
} from '../families.js';

import { StackAuthenticationError, StackBadRequestError } from '../stack-status-errors.js';

/**
 * 400 `PROJECT_KEY_WITHOUT_ACCESS_TYPE`: a key was sent without `x-stack-access-type`.
 *
 * @example
 * ```ts
 * if (ProjectKeyWithoutAccessTypeError.is(error)) console.error(error.message);
 * ```
 */
export class ProjectKeyWithoutAccessTypeError extends StackBadRequestError {
  static override readonly kind: string = 'ProjectKeyWithoutAccessTypeError';
  static override readonly defaultCode: string = 'PROJECT_KEY_WITHOUT_ACCESS_TYPE';
  static override readonly stackFamilies: readonly string[] = INVALID_PROJECT_AUTHENTICATION;
}

/**
 * 400 `INVALID_ACCESS_TYPE`: `x-stack-access-type` was not client, server or admin.
 *
 * @example
 * ```ts
 * if (InvalidAccessTypeError.is(error)) console.error(error.message);
 * ```
 */
export class InvalidAccessTypeError extends StackBadRequestError {
  static override readonly kind: string = 'InvalidAccessTypeError';
  static override readonly defaultCode: string = 'INVALID_ACCESS_TYPE';
  static override readonly stackFamilies: readonly string[] = INVALID_PROJECT_AUTHENTICATION;
}

/** The `details` of `ACCESS_TYPE_WITHOUT_PROJECT_ID`, as sent (snake_case). */
export type AccessTypeWithoutProjectIdDetails = { request_type?: string };

/**
 * 400 `ACCESS_TYPE_WITHOUT_PROJECT_ID`: `x-stack-project-id` was missing.
 *
 * @example
 * ```ts
 * if (AccessTypeWithoutProjectIdError.is(error)) console.error(error.details);
 * ```
 */
export class AccessTypeWithoutProjectIdError extends StackBadRequestError {
  static override readonly kind: string = 'AccessTypeWithoutProjectIdError';
  static override readonly defaultCode: string = 'ACCESS_TYPE_WITHOUT_PROJECT_ID';
  static override readonly stackFamilies: readonly string[] = INVALID_PROJECT_AUTHENTICATION;
  declare readonly details: AccessTypeWithoutProjectIdDetails | undefined;
}

/**
 * 400 `ACCESS_TYPE_REQUIRED`: the route needs project authentication and none was sent.
 *
 * @example
 * ```ts
 * if (AccessTypeRequiredError.is(error)) console.error(error.message);
 * ```
 */
export class AccessTypeRequiredError extends StackBadRequestError {
  static override readonly kind: string = 'AccessTypeRequiredError';
  static override readonly defaultCode: string = 'ACCESS_TYPE_REQUIRED';
  static override readonly stackFamilies: readonly string[] = INVALID_PROJECT_AUTHENTICATION;
}

/** The `details` of `INSUFFICIENT_ACCESS_TYPE`, as sent (snake_case). */
export type InsufficientAccessTypeDetails = {
  actual_access_type: 'client' | 'server' | 'admin';
  allowed_access_types: Array<'client' | 'server' | 'admin'>;
};

/**
 * 401 `INSUFFICIENT_ACCESS_TYPE`: the endpoint needs a stronger access type (e.g. server, not client).
 *
 * @example
 * ```ts
 * if (InsufficientAccessTypeError.is(error)) console.error(error.details);
 * ```
 */
export class InsufficientAccessTypeError extends StackAuthenticationError {
  static override readonly kind: string = 'InsufficientAccessTypeError';
  static override readonly defaultCode: string = 'INSUFFICIENT_ACCESS_TYPE';
  static override readonly stackFamilies: readonly string[] = INVALID_PROJECT_AUTHENTICATION;
  declare readonly details: InsufficientAccessTypeDetails | undefined;
}

/** The `details` of `INVALID_PUBLISHABLE_CLIENT_KEY`, as sent (snake_case). */
export type InvalidPublishableClientKeyDetails = { project_id: string };

/**
 * 401 `INVALID_PUBLISHABLE_CLIENT_KEY`: the publishable client key is not valid for the project.
 *
 * @example
 * ```ts
 * if (InvalidPublishableClientKeyError.is(error)) console.error(error.details);
 * ```
 */
export class InvalidPublishableClientKeyError extends StackAuthenticationError {
  static override readonly kind: string = 'InvalidPublishableClientKeyError';
  static override readonly defaultCode: string = 'INVALID_PUBLISHABLE_CLIENT_KEY';
  static override readonly stackFamilies: readonly string[] = INVALID_PROJECT_AUTHENTICATION;
  declare readonly details: InvalidPublishableClientKeyDetails | undefined;
}

/** The `details` of `INVALID_SECRET_SERVER_KEY`, as sent (snake_case). */
export type InvalidSecretServerKeyDetails = { project_id: string };

/**
 * 401 `INVALID_SECRET_SERVER_KEY`: the secret server key is not valid for the project.
 *
 * @example
 * ```ts
 * if (InvalidSecretServerKeyError.is(error)) console.error(error.details);
 * ```
 */
export class InvalidSecretServerKeyError extends StackAuthenticationError {
  static override readonly kind: string = 'InvalidSecretServerKeyError';
  static override readonly defaultCode: string = 'INVALID_SECRET_SERVER_KEY';
  static override readonly stackFamilies: readonly string[] = INVALID_PROJECT_AUTHENTICATION;
  declare readonly details: InvalidSecretServerKeyDetails | undefined;
}

/** The `details` of `INVALID_SUPER_SECRET_ADMIN_KEY`, as sent (snake_case). */
export type InvalidSuperSecretAdminKeyDetails = { project_id: string };

/**
 * 401 `INVALID_SUPER_SECRET_ADMIN_KEY`: the super secret admin key is not valid for the project.
 *
 * @example
 * ```ts
 * if (InvalidSuperSecretAdminKeyError.is(error)) console.error(error.details);
 * ```
 */
export class InvalidSuperSecretAdminKeyError extends StackAuthenticationError {
  static override readonly kind: string = 'InvalidSuperSecretAdminKeyError';
  static override readonly defaultCode: string = 'INVALID_SUPER_SECRET_ADMIN_KEY';
  static override readonly stackFamilies: readonly string[] = INVALID_PROJECT_AUTHENTICATION;
  declare readonly details: InvalidSuperSecretAdminKeyDetails | undefined;
}

/**
 * 401 `UNPARSABLE_ADMIN_ACCESS_TOKEN`: the admin access token is not a readable JWT.
 *
 * @example
 * ```ts
 * if (UnparsableAdminAccessTokenError.is(error)) console.error(error.message);
 * ```
 */
export class UnparsableAdminAccessTokenError extends StackAuthenticationError {
  static override readonly kind: string = 'UnparsableAdminAccessTokenError';
  static override readonly defaultCode: string = 'UNPARSABLE_ADMIN_ACCESS_TOKEN';
  static override readonly stackFamilies: readonly string[] = INVALID_ADMIN_ACCESS_TOKEN;
}

/** The `details` of `ADMIN_ACCESS_TOKEN_EXPIRED`, as sent (snake_case). */
export type AdminAccessTokenExpiredDetails = { expired_at_millis: number | null };

/**
 * 401 `ADMIN_ACCESS_TOKEN_EXPIRED`: the admin access token expired.
 *
 * @example
 * ```ts
 * if (AdminAccessTokenExpiredError.is(error)) console.error(error.details);
 * ```
 */
export class AdminAccessTokenExpiredError extends StackAuthenticationError {
  static override readonly kind: string = 'AdminAccessTokenExpiredError';
  static override readonly defaultCode: string = 'ADMIN_ACCESS_TOKEN_EXPIRED';
  static override readonly stackFamilies: readonly string[] = INVALID_ADMIN_ACCESS_TOKEN;
  declare readonly details: AdminAccessTokenExpiredDetails | undefined;
}

/**
 * 401 `ADMIN_ACCESS_TOKEN_IS_NOT_ADMIN`: the admin access token's user does not manage this project.
 *
 * @example
 * ```ts
 * if (AdminAccessTokenIsNotAdminError.is(error)) console.error(error.message);
 * ```
 */
export class AdminAccessTokenIsNotAdminError extends StackAuthenticationError {
  static override readonly kind: string = 'AdminAccessTokenIsNotAdminError';
  static override readonly defaultCode: string = 'ADMIN_ACCESS_TOKEN_IS_NOT_ADMIN';
  static override readonly stackFamilies: readonly string[] = INVALID_ADMIN_ACCESS_TOKEN;
}

/** The `details` of `PUBLISHABLE_CLIENT_KEY_REQUIRED_FOR_PROJECT`, as sent (snake_case). */
export type PublishableClientKeyRequiredForProjectDetails = { project_id: string };

/**
 * 401 `PUBLISHABLE_CLIENT_KEY_REQUIRED_FOR_PROJECT`: the project requires a publishable client key and none was sent.
 *
 * @example
 * ```ts
 * if (PublishableClientKeyRequiredForProjectError.is(error)) console.error(error.details);
 * ```
 */
export class PublishableClientKeyRequiredForProjectError extends StackAuthenticationError {
  static override readonly kind: string = 'PublishableClientKeyRequiredForProjectError';
  static override readonly defaultCode: string = 'PUBLISHABLE_CLIENT_KEY_REQUIRED_FOR_PROJECT';
  static override readonly stackFamilies: readonly string[] = PROJECT_AUTHENTICATION_REQUIRED;
  declare readonly details: PublishableClientKeyRequiredForProjectDetails | undefined;
}

/**
 * 401 `CLIENT_AUTHENTICATION_REQUIRED`: the publishable client key was missing (deprecated code).
 *
 * @example
 * ```ts
 * if (ClientAuthenticationRequiredError.is(error)) console.error(error.message);
 * ```
 */
export class ClientAuthenticationRequiredError extends StackAuthenticationError {
  static override readonly kind: string = 'ClientAuthenticationRequiredError';
  static override readonly defaultCode: string = 'CLIENT_AUTHENTICATION_REQUIRED';
  static override readonly stackFamilies: readonly string[] = PROJECT_AUTHENTICATION_REQUIRED;
}

/**
 * 401 `SERVER_AUTHENTICATION_REQUIRED`: the secret server key was missing (deprecated code, still sent).
 *
 * @example
 * ```ts
 * if (ServerAuthenticationRequiredError.is(error)) console.error(error.message);
 * ```
 */
export class ServerAuthenticationRequiredError extends StackAuthenticationError {
  static override readonly kind: string = 'ServerAuthenticationRequiredError';
  static override readonly defaultCode: string = 'SERVER_AUTHENTICATION_REQUIRED';
  static override readonly stackFamilies: readonly string[] = PROJECT_AUTHENTICATION_REQUIRED;
}

/**
 * 401 `ADMIN_AUTHENTICATION_REQUIRED`: the super secret admin key was missing (deprecated code, still sent).
 *
 * @example
 * ```ts
 * if (AdminAuthenticationRequiredError.is(error)) console.error(error.message);
 * ```
 */
export class AdminAuthenticationRequiredError extends StackAuthenticationError {
  static override readonly kind: string = 'AdminAuthenticationRequiredError';
  static override readonly defaultCode: string = 'ADMIN_AUTHENTICATION_REQUIRED';
  static override readonly stackFamilies: readonly string[] = PROJECT_AUTHENTICATION_REQUIRED;
}
