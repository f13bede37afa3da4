import { UserNotFoundError } from '../errors/known/resource-errors.js';
import { parseInput, successSchema } from '../schemas/common.js';
import { type StackUser, type StackUserPage, userPageSchema, userSchema } from '../schemas/user.js';
import {
  type CreateUserInput,
  createUserInput,
  type ListUsersInput,
  listUsersInput,
  type UpdateUserInput,
  updateUserInput,
} from '../schemas/user-input.js';
import { type CallOptions, callOptions, orNull, type Requester, seg } from './call.js';

/** User management (server and admin access; research §4). */
export interface UserMethods {
  /**
   * `GET /users/{id}`; null when the user does not exist (`USER_NOT_FOUND`).
   *
   * @example
   * ```ts
   * const user = await server.getUser(userId);
   * if (user === null) return notFound();
   * ```
   */
  getUser(userId: string, options?: CallOptions): Promise<StackUser | null>;
  /**
   * `GET /users`: one page, `limit` defaulting to 100 (always sent, research §7).
   *
   * @example
   * ```ts
   * const { items, nextCursor } = await server.listUsers({ limit: 50, query: 'ada' });
   * ```
   */
  listUsers(input?: ListUsersInput, options?: CallOptions): Promise<StackUserPage>;
  /**
   * Every user, page by page, following `nextCursor`.
   *
   * @example
   * ```ts
   * for await (const user of server.iterateUsers({ limit: 200 })) console.log(user.id);
   * ```
   */
  iterateUsers(
    input?: Omit<ListUsersInput, 'cursor'>,
    options?: CallOptions,
  ): AsyncIterable<StackUser>;
  /**
   * `POST /users`.
   *
   * @example
   * ```ts
   * const user = await server.createUser({ primaryEmail: 'ada@example.com', primaryEmailAuthEnabled: true });
   * ```
   */
  createUser(input: CreateUserInput, options?: CallOptions): Promise<StackUser>;
  /**
   * `PATCH /users/{id}`.
   *
   * @example
   * ```ts
   * await server.updateUser(userId, { displayName: 'Ada', serverMetadata: { plan: 'pro' } });
   * ```
   */
  updateUser(userId: string, input: UpdateUserInput, options?: CallOptions): Promise<StackUser>;
  /**
   * `DELETE /users/{id}`; its sessions end with it.
   *
   * @example
   * ```ts
   * await server.deleteUser(userId);
   * ```
   */
  deleteUser(userId: string, options?: CallOptions): Promise<void>;
}

/**
 * A password or hash sent in the body, for the pipeline to mask wherever the server echoes it
 * (e.g. a `SCHEMA_ERROR` that quotes the field).
 */
function passwordSecrets(input: {
  password?: string | null | undefined;
  passwordHash?: string | undefined;
}): string[] {
  return [input.password, input.passwordHash].filter(
    (v): v is string => typeof v === 'string' && v !== '',
  );
}

export function userMethods(request: Requester): UserMethods {
  // Every method is async, so a bad argument rejects the returned Promise, never throws.
  const listUsers: UserMethods['listUsers'] = async (input = {}, options) =>
    request({
      method: 'GET',
      path: '/users',
      searchParams: parseInput(listUsersInput, input, 'listUsers'),
      schema: userPageSchema,
      ...callOptions(options),
    });
  return {
    getUser: async (userId, options) =>
      orNull(
        request({
          method: 'GET',
          path: `/users/${seg(userId, 'userId')}`,
          schema: userSchema,
          ...callOptions(options),
        }),
        UserNotFoundError,
      ),
    listUsers,
    async *iterateUsers(input = {}, options) {
      let cursor: string | undefined;
      // Research §4: the cursor is the first id of the next page. A cursor seen before (a
      // server bug, or users reordered mid-walk) would loop forever: every page it leads to
      // was already read, so the walk ends there.
      const seen = new Set<string>();
      for (;;) {
        const page = await listUsers(cursor === undefined ? input : { ...input, cursor }, options);
        yield* page.items;
        if (page.nextCursor === null || seen.has(page.nextCursor)) return;
        if (cursor !== undefined) seen.add(cursor);
        seen.add(page.nextCursor);
        cursor = page.nextCursor;
      }
    },
    createUser: async (input, options) =>
      request({
        method: 'POST',
        path: '/users',
        json: parseInput(createUserInput, input, 'createUser'),
        secrets: passwordSecrets(input),
        schema: userSchema,
        ...callOptions(options),
      }),
    updateUser: async (userId, input, options) =>
      request({
        method: 'PATCH',
        path: `/users/${seg(userId, 'userId')}`,
        json: parseInput(updateUserInput, input, 'updateUser'),
        secrets: passwordSecrets(input),
        schema: userSchema,
        ...callOptions(options),
      }),
    deleteUser: async (userId, options) =>
      request({
        method: 'DELETE',
        path: `/users/${seg(userId, 'userId')}`,
        schema: successSchema,
        ...callOptions(options),
      }),
  };
}
