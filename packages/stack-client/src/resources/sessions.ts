import { itemsOf, parseInput, successSchema } from '../schemas/common.js';
import {
  type CreateSessionInput,
  createSessionInput,
  type StackSession,
  type StackSessionTokens,
  sessionSchema,
  sessionTokensSchema,
} from '../schemas/session.js';
import { type CallOptions, callOptions, inputObject, type Requester, seg } from './call.js';

/** Sessions (research §4). */
export interface SessionMethods {
  /**
   * `POST /auth/sessions`: signs a user in from the backend, or impersonates them with
   * `isImpersonation: true`. Unknown users fail with `UserIdDoesNotExistError`.
   *
   * @example
   * ```ts
   * const { accessToken, refreshToken } = await server.createSession({ userId });
   * const user = server.withUser({ accessToken, refreshToken });
   * ```
   */
  createSession(input: CreateSessionInput, options?: CallOptions): Promise<StackSessionTokens>;
  /**
   * `GET /auth/sessions?user_id=`; impersonation sessions are listed to admins only.
   *
   * @example
   * ```ts
   * const sessions = await server.listSessions({ userId });
   * ```
   */
  listSessions(input: { userId: string }, options?: CallOptions): Promise<StackSession[]>;
  /**
   * `DELETE /auth/sessions/{id}?user_id=` (research §4: `user_id` is part of the query schema).
   *
   * @example
   * ```ts
   * await server.revokeSession({ sessionId, userId });
   * ```
   */
  revokeSession(input: { sessionId: string; userId: string }, options?: CallOptions): Promise<void>;
}

// Every method is async, so a bad argument rejects the returned Promise, never throws.
export function sessionMethods(request: Requester): SessionMethods {
  return {
    createSession: async (input, options) =>
      request({
        method: 'POST',
        path: '/auth/sessions',
        json: parseInput(createSessionInput, input, 'createSession'),
        schema: sessionTokensSchema,
        // The body issues tokens: a malformed one is reported by its shape, never its values.
        secretResponse: true,
        ...callOptions(options),
      }),
    listSessions: async (input, options) =>
      request({
        method: 'GET',
        path: '/auth/sessions',
        searchParams: { user_id: inputObject(input, 'listSessions', '{ userId }').userId },
        schema: itemsOf(sessionSchema),
        ...callOptions(options),
      }),
    revokeSession: async (input, options) => {
      const { sessionId, userId } = inputObject(input, 'revokeSession', '{ sessionId, userId }');
      return request({
        method: 'DELETE',
        path: `/auth/sessions/${seg(sessionId, 'sessionId')}`,
        searchParams: { user_id: userId },
        schema: successSchema,
        ...callOptions(options),
      });
    },
  };
}
