import { KnownError, StatusError } from '../known-errors.js';
import type { Auth } from '../router/parse-auth.js';
import type { StackWorld } from '../stack-world.js';
import type { UserRecord } from '../store/records.js';

interface Caller {
  readonly auth: Auth;
  readonly world: StackWorld;
}

/**
 * The user of the access token. Research §2: `me` without a token is
 * `CANNOT_GET_OWN_USER_WITHOUT_USER`; a token whose user was deleted since is `USER_NOT_FOUND`.
 */
export function currentUser({ auth, world }: Caller): UserRecord {
  if (auth.token === undefined) throw new KnownError('CANNOT_GET_OWN_USER_WITHOUT_USER');
  return world.store.user(auth.token.userId);
}

/** Resolves `me` to the token's user id. */
export function resolveUserId(caller: Caller, userIdOrMe: string): string {
  return userIdOrMe === 'me' ? currentUser(caller).id : userIdOrMe;
}

/**
 * Client access only reaches the current user's own data; research §2 quotes the plain 403
 * "Client can only list teams for their own user…" of `teams/crud.tsx`.
 */
export function clientOwnUserId(
  caller: Caller,
  userIdOrMe: string | undefined,
  what: string,
): string | undefined {
  if (caller.auth.type !== 'client') {
    return userIdOrMe === undefined ? undefined : resolveUserId(caller, userIdOrMe);
  }
  const ownId = caller.auth.token?.userId;
  if (userIdOrMe === undefined || (userIdOrMe !== 'me' && userIdOrMe !== ownId)) {
    throw new StatusError(
      403,
      `Client can only ${what} for their own user. user_id must be either "me" or the ID of the current user`,
    );
  }
  return currentUser(caller).id;
}
