// Errors about the request itself and the project (research §1.6-8, §2).
// Each class: the core class of its status, plus its place in Stack's tree (the brand).

import {
  StackBadRequestError,
  StackNotFoundError,
  StackServerError,
} from '../stack-status-errors.js';

/** The `details` of `SCHEMA_ERROR`, as sent (snake_case). */
export type SchemaDetails = { message: string };

/**
 * 400 `SCHEMA_ERROR`: the body, query or path failed the server's schema (unknown keys are refused).
 *
 * @example
 * ```ts
 * if (SchemaError.is(error)) console.error(error.details);
 * ```
 */
export class SchemaError extends StackBadRequestError {
  static override readonly kind: string = 'SchemaError';
  static override readonly defaultCode: string = 'SCHEMA_ERROR';
  declare readonly details: SchemaDetails | undefined;
}

/**
 * 400 `BODY_PARSING_ERROR`: the body could not be parsed.
 *
 * @example
 * ```ts
 * if (BodyParsingError.is(error)) console.error(error.message);
 * ```
 */
export class BodyParsingError extends StackBadRequestError {
  static override readonly kind: string = 'BodyParsingError';
  static override readonly defaultCode: string = 'BODY_PARSING_ERROR';
}

/** The `details` of `ALL_OVERLOADS_FAILED`, as sent (snake_case). */
export type AllOverloadsFailedDetails = { overload_errors: unknown[] };

/**
 * 400 `ALL_OVERLOADS_FAILED`: no overload of the endpoint accepted the request.
 *
 * @example
 * ```ts
 * if (AllOverloadsFailedError.is(error)) console.error(error.details);
 * ```
 */
export class AllOverloadsFailedError extends StackBadRequestError {
  static override readonly kind: string = 'AllOverloadsFailedError';
  static override readonly defaultCode: string = 'ALL_OVERLOADS_FAILED';
  declare readonly details: AllOverloadsFailedDetails | undefined;
}

/** The `details` of `CURRENT_PROJECT_NOT_FOUND`, as sent (snake_case). */
export type CurrentProjectNotFoundDetails = { project_id: string };

/**
 * 400 `CURRENT_PROJECT_NOT_FOUND`: `x-stack-project-id` names no project.
 *
 * @example
 * ```ts
 * if (CurrentProjectNotFoundError.is(error)) console.error(error.details);
 * ```
 */
export class CurrentProjectNotFoundError extends StackBadRequestError {
  static override readonly kind: string = 'CurrentProjectNotFoundError';
  static override readonly defaultCode: string = 'CURRENT_PROJECT_NOT_FOUND';
  declare readonly details: CurrentProjectNotFoundDetails | undefined;
}

/** The `details` of `BRANCH_DOES_NOT_EXIST`, as sent (snake_case). */
export type BranchDoesNotExistDetails = { branch_id: string };

/**
 * 400 `BRANCH_DOES_NOT_EXIST`: `x-stack-branch-id` names no branch.
 *
 * @example
 * ```ts
 * if (BranchDoesNotExistError.is(error)) console.error(error.details);
 * ```
 */
export class BranchDoesNotExistError extends StackBadRequestError {
  static override readonly kind: string = 'BranchDoesNotExistError';
  static override readonly defaultCode: string = 'BRANCH_DOES_NOT_EXIST';
  declare readonly details: BranchDoesNotExistDetails | undefined;
}

/** The `details` of `PROJECT_NOT_FOUND`, as sent (snake_case). */
export type ProjectNotFoundDetails = { project_id: string };

/**
 * 404 `PROJECT_NOT_FOUND`: no such project, or not accessible.
 *
 * @example
 * ```ts
 * if (ProjectNotFoundError.is(error)) console.error(error.details);
 * ```
 */
export class ProjectNotFoundError extends StackNotFoundError {
  static override readonly kind: string = 'ProjectNotFoundError';
  static override readonly defaultCode: string = 'PROJECT_NOT_FOUND';
  declare readonly details: ProjectNotFoundDetails | undefined;
}

/** The `details` of `UNSUPPORTED_ERROR`, as sent (snake_case). */
export type UnsupportedDetails = { originalErrorCode: string };

/**
 * 500 `UNSUPPORTED_ERROR`: the server raised an error it could not describe.
 *
 * @example
 * ```ts
 * if (UnsupportedError.is(error)) console.error(error.details);
 * ```
 */
export class UnsupportedError extends StackServerError {
  static override readonly kind: string = 'UnsupportedError';
  static override readonly defaultCode: string = 'UNSUPPORTED_ERROR';
  declare readonly details: UnsupportedDetails | undefined;
}
