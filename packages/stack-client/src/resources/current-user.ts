import { CannotGetOwnUserWithoutUserError } from '../errors/known/session-errors.js';
import { parseInput, successSchema } from '../schemas/common.js';
import { type StackUser, userSchema } from '../schemas/user.js';
import { type UpdateCurrentUserInput, updateCurrentUserInput } from '../schemas/user-input.js';
import { type CallOptions, callOptions, orNull, type Requester } from './call.js';

/** Methods of a `withUser` client about its own user. */
export interface CurrentUserMethods {
  /**
   * `GET /users/me`: the signed-in user, or null when the server sees no user
   * (`CANNOT_GET_OWN_USER_WITHOUT_USER`).
   *
   * @example
   * ```ts
   * const me = await client.withUser({ accessToken, refreshToken }).getCurrentUser();
   * ```
   */
  getCurrentUser(options?: CallOptions): Promise<StackUser | null>;
  /**
   * `PATCH /users/me`: with client access, only the fields a user may change (research §4).
   *
   * @example
   * ```ts
   * await user.updateCurrentUser({ displayName: 'Ada' });
   * ```
   */
  updateCurrentUser(input: UpdateCurrentUserInput, options?: CallOptions): Promise<StackUser>;
  /**
   * `DELETE /auth/sessions/current`: ends this session on the server; the client then
   * refuses further calls with `SessionExpiredError`.
   *
   * @example
   * ```ts
   * await user.signOut();
   * ```
   */
  signOut(options?: CallOptions): Promise<void>;
}

export function currentUserMethods(
  request: Requester,
  onSignedOut: () => void,
): CurrentUserMethods {
  return {
    getCurrentUser: async (options) =>
      orNull(
        request({ method: 'GET', path: '/users/me', schema: userSchema, ...callOptions(options) }),
        CannotGetOwnUserWithoutUserError,
      ),
    updateCurrentUser: async (input, options) =>
      request({
        method: 'PATCH',
        path: '/users/me',
        json: parseInput(updateCurrentUserInput, input, 'updateCurrentUser'),
        schema: userSchema,
        ...callOptions(options),
      }),
    signOut: async (options) => {
      await request({
        method: 'DELETE',
        path: '/auth/sessions/current',
        schema: successSchema,
        ...callOptions(options),
      });
      onSignedOut();
    },
  };
}
