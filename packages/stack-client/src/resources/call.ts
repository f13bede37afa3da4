import { ConfigurationError, type Pipeline } from '@core/auth';
import { PACKAGE_NAME } from '../version.js';

/**
 * Per-call options every method takes last.
 *
 * @example
 * ```ts
 * await server.getUser(id, { signal: AbortSignal.timeout(2_000) });
 * ```
 */
export { type CallOptions, callOptionsOf as callOptions } from '@core/auth';

/** The one request function resources use: the client's pipeline. */
export type Requester = Pipeline['request'];

/**
 * One path segment from an id, checked before any request. `encodeURIComponent` keeps an id
 * in its segment (`/`, `?`, `#` and `%` are escaped) but leaves `.` and `..` as they are; the
 * core pipeline refuses those, since URL resolution would climb to another route. An empty id
 * is refused here: `/users/` would reach the list route instead of one user.
 *
 * @param name the parameter the id came from, named in the error (e.g. `userId`)
 */
export function seg(value: string, name: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new ConfigurationError(
      `${name} must be a non-empty string: got ${value === '' ? 'an empty string' : typeof value}. Pass the id of an existing resource.`,
      { option: name, provider: PACKAGE_NAME },
    );
  }
  return encodeURIComponent(value);
}

/**
 * A method's input object, checked before it is destructured: `addTeamMember(undefined)`
 * from JavaScript or parsed config is a ConfigurationError, not a TypeError.
 *
 * @param call the method, named in the error (e.g. `addTeamMember`)
 * @param fields what to pass, shown in the error (e.g. `{ teamId, userId }`)
 */
export function inputObject<T extends object>(input: T, call: string, fields: string): T {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const got = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
    throw new ConfigurationError(`${call} takes an object, got ${got}: call ${call}(${fields}).`, {
      option: call,
      provider: PACKAGE_NAME,
    });
  }
  return input;
}

/**
 * Resolves to null when the call fails with one of `notFound` (research §2: the official SDK's
 * getters return null on `USER_NOT_FOUND`, `TEAM_NOT_FOUND`, `CANNOT_GET_OWN_USER_WITHOUT_USER`).
 */
export async function orNull<T>(
  call: Promise<T>,
  ...notFound: ReadonlyArray<{ is(value: unknown): boolean }>
): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (notFound.some((c) => c.is(error))) return null;
    throw error;
  }
}
