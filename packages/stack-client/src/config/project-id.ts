import { ConfigurationError } from '@core/auth';
import { PACKAGE_NAME } from '../version.js';

// Research §7: project ids are UUIDs, except Stack's own `internal` project.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * True when `projectId` is a UUID or `internal`.
 *
 * @example
 * ```ts
 * isValidProjectId('internal'); // true
 * isValidProjectId('my-project'); // false
 * ```
 */
export function isValidProjectId(projectId: unknown): projectId is string {
  return typeof projectId === 'string' && (projectId === 'internal' || UUID.test(projectId));
}

/**
 * Returns the project id, or throws a ConfigurationError before any request.
 *
 * @example
 * ```ts
 * validateProjectId(process.env.STACK_PROJECT_ID);
 * ```
 */
export function validateProjectId(projectId: unknown): string {
  if (isValidProjectId(projectId)) return projectId;
  const got =
    typeof projectId === 'string' ? `a ${projectId.length}-character string` : typeof projectId;
  throw new ConfigurationError(
    `projectId is invalid: got ${got}, but Stack project ids are UUIDs (or "internal"). Copy the project id from the Stack dashboard.`,
    { option: 'projectId', provider: PACKAGE_NAME },
  );
}
