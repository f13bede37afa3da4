import { Secret } from '@core/auth';
import {
  apiKeySchema,
  type CreateTeamApiKeyInput,
  type CreateUserApiKeyInput,
  createTeamApiKeyInput,
  createUserApiKeyInput,
  newApiKeySchema,
  type StackApiKey,
  type StackNewApiKey,
} from '../schemas/api-key.js';
import { itemsOf, parseInput } from '../schemas/common.js';
import { type CallOptions, callOptions, inputObject, type Requester, seg } from './call.js';

/** User API keys (research §4). */
export interface UserApiKeyMethods {
  /**
   * `POST /user-api-keys`: the plaintext `value` is returned this once, as a Secret.
   *
   * @example
   * ```ts
   * const key = await server.createUserApiKey({ userId, description: 'CI', expiresAt: null });
   * deliver(key.value.reveal());
   * ```
   */
  createUserApiKey(input: CreateUserApiKeyInput, options?: CallOptions): Promise<StackNewApiKey>;
  /**
   * `GET /user-api-keys?user_id=`.
   *
   * @example
   * ```ts
   * const keys = await server.listUserApiKeys({ userId });
   * ```
   */
  listUserApiKeys(input: { userId: string }, options?: CallOptions): Promise<StackApiKey[]>;
  /**
   * `PATCH /user-api-keys/{id}` with `{ revoked: true }`.
   *
   * @example
   * ```ts
   * await server.revokeUserApiKey(apiKeyId);
   * ```
   */
  revokeUserApiKey(apiKeyId: string, options?: CallOptions): Promise<StackApiKey>;
  /**
   * `POST /user-api-keys/check`: the key's record when it is valid; otherwise an
   * `ApiKeyNotValidError` subclass (`ApiKeyNotFoundError`, `ApiKeyRevokedError`,
   * `ApiKeyExpiredError`, `WrongApiKeyTypeError`).
   *
   * @example
   * ```ts
   * const key = await server.checkUserApiKey(request.headers.get('x-api-key') ?? '');
   * ```
   */
  checkUserApiKey(apiKey: string | Secret, options?: CallOptions): Promise<StackApiKey>;
}

/** Team API keys (research §4): the same four calls, for a team. */
export interface TeamApiKeyMethods {
  /**
   * `POST /team-api-keys`.
   *
   * @example
   * ```ts
   * const key = await server.createTeamApiKey({ teamId, description: 'deploy', expiresAt: null });
   * ```
   */
  createTeamApiKey(input: CreateTeamApiKeyInput, options?: CallOptions): Promise<StackNewApiKey>;
  /**
   * `GET /team-api-keys?team_id=`.
   *
   * @example
   * ```ts
   * const keys = await server.listTeamApiKeys({ teamId });
   * ```
   */
  listTeamApiKeys(input: { teamId: string }, options?: CallOptions): Promise<StackApiKey[]>;
  /**
   * `PATCH /team-api-keys/{id}` with `{ revoked: true }`.
   *
   * @example
   * ```ts
   * await server.revokeTeamApiKey(apiKeyId);
   * ```
   */
  revokeTeamApiKey(apiKeyId: string, options?: CallOptions): Promise<StackApiKey>;
  /**
   * `POST /team-api-keys/check`.
   *
   * @example
   * ```ts
   * const key = await server.checkTeamApiKey(presentedKey);
   * ```
   */
  checkTeamApiKey(apiKey: string | Secret, options?: CallOptions): Promise<StackApiKey>;
}

type Owner = 'user' | 'team';

// Every call is async, so a bad argument rejects the returned Promise, never throws.
function keyCalls(request: Requester, owner: Owner) {
  const base = `/${owner}-api-keys`;
  return {
    list: async (query: Record<string, string>, options?: CallOptions) =>
      request({
        method: 'GET',
        path: base,
        searchParams: query,
        schema: itemsOf(apiKeySchema),
        ...callOptions(options),
      }),
    create: async (json: unknown, options?: CallOptions) =>
      request({
        method: 'POST',
        path: base,
        json,
        schema: newApiKeySchema,
        // The plaintext key is shown this once: a malformed body is reported by shape only.
        secretResponse: true,
        ...callOptions(options),
      }),
    revoke: async (apiKeyId: string, options?: CallOptions) =>
      request({
        method: 'PATCH',
        path: `${base}/${seg(apiKeyId, 'apiKeyId')}`,
        json: { revoked: true },
        schema: apiKeySchema,
        ...callOptions(options),
      }),
    check: async (apiKey: string | Secret, options?: CallOptions) =>
      request({
        method: 'POST',
        path: `${base}/check`,
        json: { api_key: Secret.from(apiKey).reveal() },
        // The key travels in the body: masked wherever an error echoes it.
        secrets: [apiKey],
        schema: apiKeySchema,
        // A check changes nothing, so a network failure may be retried.
        idempotent: true,
        ...callOptions(options),
      }),
  };
}

export function userApiKeyMethods(request: Requester): UserApiKeyMethods {
  const calls = keyCalls(request, 'user');
  return {
    createUserApiKey: async (input, options) =>
      calls.create(parseInput(createUserApiKeyInput, input, 'createUserApiKey'), options),
    listUserApiKeys: async (input, options) =>
      calls.list({ user_id: inputObject(input, 'listUserApiKeys', '{ userId }').userId }, options),
    revokeUserApiKey: calls.revoke,
    checkUserApiKey: calls.check,
  };
}

export function teamApiKeyMethods(request: Requester): TeamApiKeyMethods {
  const calls = keyCalls(request, 'team');
  return {
    createTeamApiKey: async (input, options) =>
      calls.create(parseInput(createTeamApiKeyInput, input, 'createTeamApiKey'), options),
    listTeamApiKeys: async (input, options) =>
      calls.list({ team_id: inputObject(input, 'listTeamApiKeys', '{ teamId }').teamId }, options),
    revokeTeamApiKey: calls.revoke,
    checkTeamApiKey: calls.check,
  };
}
