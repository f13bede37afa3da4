// Errors about users, teams, permissions and contact channels (research §2, §4).
// Each class: the core class of its status, plus its place in Stack's tree (the brand).

import {
  StackAuthenticationError,
  StackBadRequestError,
  StackConflictError,
  StackNotFoundError,
} from '../stack-status-errors.js';

/**
 * 404 `USER_NOT_FOUND`: no such user; getters return null instead.
 *
 * @example
 * ```ts
 * if (UserNotFoundError.is(error)) console.error(error.message);
 * ```
 */
export class UserNotFoundError extends StackNotFoundError {
  static override readonly kind: string = 'UserNotFoundError';
  static override readonly defaultCode: string = 'USER_NOT_FOUND';
}

/** The `details` of `USER_ID_DOES_NOT_EXIST`, as sent (snake_case). */
export type UserIdDoesNotExistDetails = { user_id: string };

/**
 * 400 `USER_ID_DOES_NOT_EXIST`: the user id in the body names no user.
 *
 * @example
 * ```ts
 * if (UserIdDoesNotExistError.is(error)) console.error(error.details);
 * ```
 */
export class UserIdDoesNotExistError extends StackBadRequestError {
  static override readonly kind: string = 'UserIdDoesNotExistError';
  static override readonly defaultCode: string = 'USER_ID_DOES_NOT_EXIST';
  declare readonly details: UserIdDoesNotExistDetails | undefined;
}

/** The `details` of `USER_EMAIL_ALREADY_EXISTS`, as sent (snake_case). */
export type UserEmailAlreadyExistsDetails = {
  email: string;
  would_work_if_email_was_verified: boolean;
};

/**
 * 409 `USER_EMAIL_ALREADY_EXISTS`: another user has this email.
 *
 * @example
 * ```ts
 * if (UserEmailAlreadyExistsError.is(error)) console.error(error.details);
 * ```
 */
export class UserEmailAlreadyExistsError extends StackConflictError {
  static override readonly kind: string = 'UserEmailAlreadyExistsError';
  static override readonly defaultCode: string = 'USER_EMAIL_ALREADY_EXISTS';
  declare readonly details: UserEmailAlreadyExistsDetails | undefined;
}

/** The `details` of `TEAM_NOT_FOUND`, as sent (snake_case). */
export type TeamNotFoundDetails = { team_id: string };

/**
 * 404 `TEAM_NOT_FOUND`: no such team; getters return null instead.
 *
 * @example
 * ```ts
 * if (TeamNotFoundError.is(error)) console.error(error.details);
 * ```
 */
export class TeamNotFoundError extends StackNotFoundError {
  static override readonly kind: string = 'TeamNotFoundError';
  static override readonly defaultCode: string = 'TEAM_NOT_FOUND';
  declare readonly details: TeamNotFoundDetails | undefined;
}

/** The `details` of `TEAM_MEMBERSHIP_NOT_FOUND`, as sent (snake_case). */
export type TeamMembershipNotFoundDetails = { team_id: string; user_id: string };

/**
 * 404 `TEAM_MEMBERSHIP_NOT_FOUND`: the user is not a member of the team.
 *
 * @example
 * ```ts
 * if (TeamMembershipNotFoundError.is(error)) console.error(error.details);
 * ```
 */
export class TeamMembershipNotFoundError extends StackNotFoundError {
  static override readonly kind: string = 'TeamMembershipNotFoundError';
  static override readonly defaultCode: string = 'TEAM_MEMBERSHIP_NOT_FOUND';
  declare readonly details: TeamMembershipNotFoundDetails | undefined;
}

/**
 * 409 `TEAM_MEMBERSHIP_ALREADY_EXISTS`: the user is already a member of the team.
 *
 * @example
 * ```ts
 * if (TeamMembershipAlreadyExistsError.is(error)) console.error(error.message);
 * ```
 */
export class TeamMembershipAlreadyExistsError extends StackConflictError {
  static override readonly kind: string = 'TeamMembershipAlreadyExistsError';
  static override readonly defaultCode: string = 'TEAM_MEMBERSHIP_ALREADY_EXISTS';
}

/** The `details` of `PERMISSION_NOT_FOUND`, as sent (snake_case). */
export type PermissionNotFoundDetails = { permission_id: string };

/**
 * 404 `PERMISSION_NOT_FOUND`: no such permission is defined in the project.
 *
 * @example
 * ```ts
 * if (PermissionNotFoundError.is(error)) console.error(error.details);
 * ```
 */
export class PermissionNotFoundError extends StackNotFoundError {
  static override readonly kind: string = 'PermissionNotFoundError';
  static override readonly defaultCode: string = 'PERMISSION_NOT_FOUND';
  declare readonly details: PermissionNotFoundDetails | undefined;
}

/** The `details` of `TEAM_PERMISSION_REQUIRED`, as sent (snake_case). */
export type TeamPermissionRequiredDetails = {
  team_id: string;
  user_id: string;
  permission_id: string;
};

/**
 * 401 `TEAM_PERMISSION_REQUIRED`: the user lacks a team permission the call needs.
 *
 * @example
 * ```ts
 * if (TeamPermissionRequiredError.is(error)) console.error(error.details);
 * ```
 */
export class TeamPermissionRequiredError extends StackAuthenticationError {
  static override readonly kind: string = 'TeamPermissionRequiredError';
  static override readonly defaultCode: string = 'TEAM_PERMISSION_REQUIRED';
  declare readonly details: TeamPermissionRequiredDetails | undefined;
}

/** The `details` of `CONTACT_CHANNEL_ALREADY_USED_FOR_AUTH_BY_SOMEONE_ELSE`, as sent (snake_case). */
export type ContactChannelAlreadyUsedForAuthBySomeoneElseDetails = {
  type: string;
  contact_channel_value: string | null;
  would_work_if_email_was_verified: boolean;
};

/**
 * 409 `CONTACT_CHANNEL_ALREADY_USED_FOR_AUTH_BY_SOMEONE_ELSE`: another account signs in with this contact channel.
 *
 * @example
 * ```ts
 * if (ContactChannelAlreadyUsedForAuthBySomeoneElseError.is(error)) console.error(error.details);
 * ```
 */
export class ContactChannelAlreadyUsedForAuthBySomeoneElseError extends StackConflictError {
  static override readonly kind: string = 'ContactChannelAlreadyUsedForAuthBySomeoneElseError';
  static override readonly defaultCode: string =
    'CONTACT_CHANNEL_ALREADY_USED_FOR_AUTH_BY_SOMEONE_ELSE';
  declare readonly details: ContactChannelAlreadyUsedForAuthBySomeoneElseDetails | undefined;
}
