import {
  type ApiError,
  AuthenticationError,
  BadRequestError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
} from '@core/auth';
import { describe, expect, it } from 'vitest';
import {
  AccessTokenExpiredError,
  ApiKeyNotFoundError,
  ApiKeyNotValidError,
  InvalidAccessTokenError,
  InvalidProjectAuthenticationError,
  InvalidSecretServerKeyError,
  InvalidSessionAuthenticationError,
  KNOWN_ERROR_CODES,
  ProjectAuthenticationError,
  RefreshTokenError,
  SchemaError,
  SessionAuthenticationError,
  StackAuthenticationError,
  StackKnownError,
  UserEmailAlreadyExistsError,
  WrongApiKeyTypeError,
} from '../src/index.js';
import { FAKE_SSK, knownError, scriptedServer } from './fixtures.js';

async function failure(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
}

describe('known errors (research §2)', () => {
  it('maps a code to its class, keeping the message from `error`, details and request id', async () => {
    const { kit, server } = await scriptedServer();
    await using _ = kit;
    kit.enqueue(
      knownError(
        'USER_EMAIL_ALREADY_EXISTS',
        409,
        'A user with email "a@example.test" already exists.',
        {
          email: 'a@example.test',
          would_work_if_email_was_verified: false,
        },
      ),
    );
    const error = await failure(server.createUser({ primaryEmail: 'a@example.test' }));
    expect(UserEmailAlreadyExistsError.is(error)).toBe(true);
    expect(error).toBeInstanceOf(UserEmailAlreadyExistsError);
    const e = error as UserEmailAlreadyExistsError;
    expect(e.code).toBe('USER_EMAIL_ALREADY_EXISTS');
    expect(e.status).toBe(409);
    expect(e.details?.would_work_if_email_was_verified).toBe(false);
    expect(e.serverMessage).toBe('A user with email "a@example.test" already exists.');
    expect(e.message).toMatch(
      /^\[@acme\/stack-client\] POST .*\/api\/v1\/users failed with USER_EMAIL_ALREADY_EXISTS \(HTTP 409\): A user with email/,
    );
    expect(e.requestId).toBe('req-user_email_already_exists');
    expect(StackKnownError.is(e)).toBe(true);
    expect(e).toBeInstanceOf(StackKnownError);
  });

  it('falls back to `message` when the body has no `error` (the spec shape)', async () => {
    const { kit, server } = await scriptedServer();
    await using _ = kit;
    kit.enqueue({
      status: 400,
      headers: { 'x-stack-known-error': 'SCHEMA_ERROR' },
      json: {
        code: 'SCHEMA_ERROR',
        message: 'body.extra is not allowed',
        details: { message: 'm' },
      },
    });
    const error = await failure(server.listUsers());
    expect(SchemaError.is(error)).toBe(true);
    expect((error as SchemaError).serverMessage).toBe('body.extra is not allowed');
    expect(BadRequestError.is(error)).toBe(true);
  });

  it('keeps Stack hierarchy and the core class by status at once', async () => {
    const { kit, server } = await scriptedServer();
    await using _ = kit;
    kit.enqueue(
      knownError('INVALID_SECRET_SERVER_KEY', 401, 'The secret server key is not valid.', {
        project_id: 'p',
      }),
      knownError('API_KEY_NOT_FOUND', 404, 'API key not found.'),
      knownError('WRONG_API_KEY_TYPE', 400, 'wrong type', {
        expected_type: 'user',
        actual_type: 'team',
      }),
    );
    const keyError = await failure(server.listUsers());
    expect(InvalidSecretServerKeyError.is(keyError)).toBe(true);
    expect(InvalidProjectAuthenticationError.is(keyError)).toBe(true);
    expect(ProjectAuthenticationError.is(keyError)).toBe(true);
    expect(keyError).toBeInstanceOf(ProjectAuthenticationError);
    expect(AuthenticationError.is(keyError)).toBe(true);
    expect((keyError as AuthenticationError).credentialExpired).toBe(false);
    expect(SessionAuthenticationError.is(keyError)).toBe(false);
    expect(keyError).not.toBeInstanceOf(SessionAuthenticationError);
    expect(JSON.stringify(keyError)).not.toContain(FAKE_SSK);

    const notFound = await failure(server.checkUserApiKey('fake_api_key'));
    expect(ApiKeyNotFoundError.is(notFound)).toBe(true);
    expect(ApiKeyNotValidError.is(notFound)).toBe(true);
    expect(NotFoundError.is(notFound)).toBe(true);
    expect(AuthenticationError.is(notFound)).toBe(false);

    const wrongType = await failure(server.checkUserApiKey('fake_api_key'));
    expect(WrongApiKeyTypeError.is(wrongType)).toBe(true);
    expect(ApiKeyNotValidError.is(wrongType)).toBe(true);
    expect(BadRequestError.is(wrongType)).toBe(true);
    expect((wrongType as WrongApiKeyTypeError).details?.expected_type).toBe('user');
    expect(RefreshTokenError.is(wrongType)).toBe(false);
  });

  it('makes ACCESS_TOKEN_EXPIRED an expired AuthenticationError in the access-token family', async () => {
    const { kit, server } = await scriptedServer();
    await using _ = kit;
    kit.enqueue(
      knownError('ACCESS_TOKEN_EXPIRED', 401, 'Access token has expired.', {
        expired_at_millis: 1,
        project_id: 'p',
        user_id: 'u',
        refresh_token_id: 'r',
      }),
    );
    const error = await failure(server.getUser('u'));
    expect(AccessTokenExpiredError.is(error)).toBe(true);
    for (const family of [
      InvalidAccessTokenError,
      InvalidSessionAuthenticationError,
      SessionAuthenticationError,
      StackKnownError,
    ]) {
      expect(family.is(error)).toBe(true);
      expect(error).toBeInstanceOf(family);
    }
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).credentialExpired).toBe(true);
    expect((error as AccessTokenExpiredError).details?.refresh_token_id).toBe('r');
  });

  it('never retries a known 5xx such as UNSUPPORTED_ERROR, while a plain 5xx GET is retried', async () => {
    const { kit, server } = await scriptedServer();
    await using _ = kit;
    kit.enqueue(knownError('UNSUPPORTED_ERROR', 500, 'This is not supported.'));
    const error = await failure(server.listUsers());
    expect(StackKnownError.is(error)).toBe(true);
    expect(ServerError.is(error)).toBe(true);
    expect((error as StackKnownError).retryable).toBe(false);
    expect(kit.requests).toHaveLength(1);

    kit.reset().enqueue({ status: 503, body: 'busy' });
    kit.enqueue({ json: { items: [], is_paginated: true, pagination: { next_cursor: null } } });
    await expect(server.listUsers()).resolves.toEqual({ items: [], nextCursor: null });
    expect(kit.requests).toHaveLength(2);
  });

  it('turns an unknown code into the generic Stack class of its status', async () => {
    const { kit, server } = await scriptedServer();
    await using _ = kit;
    kit.enqueue(knownError('SOMETHING_NEW', 401, 'A future error.', { a: 1 }));
    const error = await failure(server.listUsers());
    expect(StackKnownError.is(error)).toBe(true);
    expect(StackAuthenticationError.is(error)).toBe(true);
    expect((error as StackKnownError).code).toBe('SOMETHING_NEW');
    expect((error as StackKnownError).details).toEqual({ a: 1 });
    expect((error as AuthenticationError).credentialExpired).toBe(false);
  });

  it('honours x-stack-actual-status on a 200', async () => {
    const { kit, server } = await scriptedServer();
    await using _ = kit;
    kit.enqueue({
      status: 200,
      headers: { 'x-stack-known-error': 'TEAM_NOT_FOUND', 'x-stack-actual-status': '404' },
      json: { code: 'TEAM_NOT_FOUND', details: { team_id: 't' }, error: 'Team t not found.' },
    });
    await expect(server.getTeam('t')).resolves.toBeNull();
    kit.enqueue({
      status: 200,
      headers: { 'x-stack-actual-status': '403' },
      body: 'Client can only list teams for their own user.',
    });
    const error = await failure(server.listTeams());
    expect(PermissionDeniedError.is(error)).toBe(true);
    expect((error as ApiError).status).toBe(403);
  });

  it('covers every code listed in research §2', () => {
    for (const code of [
      'SCHEMA_ERROR',
      'BODY_PARSING_ERROR',
      'ALL_OVERLOADS_FAILED',
      'ACCESS_TYPE_REQUIRED',
      'INVALID_ACCESS_TYPE',
      'ACCESS_TYPE_WITHOUT_PROJECT_ID',
      'PROJECT_KEY_WITHOUT_ACCESS_TYPE',
      'INSUFFICIENT_ACCESS_TYPE',
      'INVALID_PUBLISHABLE_CLIENT_KEY',
      'INVALID_SECRET_SERVER_KEY',
      'INVALID_SUPER_SECRET_ADMIN_KEY',
      'PUBLISHABLE_CLIENT_KEY_REQUIRED_FOR_PROJECT',
      'SERVER_AUTHENTICATION_REQUIRED',
      'ADMIN_AUTHENTICATION_REQUIRED',
      'UNPARSABLE_ADMIN_ACCESS_TOKEN',
      'ADMIN_ACCESS_TOKEN_EXPIRED',
      'ADMIN_ACCESS_TOKEN_IS_NOT_ADMIN',
      'UNPARSABLE_ACCESS_TOKEN',
      'ACCESS_TOKEN_EXPIRED',
      'INVALID_PROJECT_FOR_ACCESS_TOKEN',
      'ANONYMOUS_AUTHENTICATION_NOT_ALLOWED',
      'RESTRICTED_USER_NOT_ALLOWED',
      'REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED',
      'CANNOT_DELETE_CURRENT_SESSION',
      'PROVIDER_REJECTED',
      'CURRENT_PROJECT_NOT_FOUND',
      'BRANCH_DOES_NOT_EXIST',
      'PROJECT_NOT_FOUND',
      'USER_NOT_FOUND',
      'USER_ID_DOES_NOT_EXIST',
      'CANNOT_GET_OWN_USER_WITHOUT_USER',
      'USER_EMAIL_ALREADY_EXISTS',
      'USER_AUTHENTICATION_REQUIRED',
      'TEAM_NOT_FOUND',
      'TEAM_MEMBERSHIP_NOT_FOUND',
      'PERMISSION_NOT_FOUND',
      'TEAM_MEMBERSHIP_ALREADY_EXISTS',
      'TEAM_PERMISSION_REQUIRED',
      'CONTACT_CHANNEL_ALREADY_USED_FOR_AUTH_BY_SOMEONE_ELSE',
      'API_KEY_NOT_FOUND',
      'API_KEY_EXPIRED',
      'API_KEY_REVOKED',
      'WRONG_API_KEY_TYPE',
      'PUBLIC_API_KEY_CANNOT_BE_REVOKED',
      'INVALID_OAUTH_CLIENT_ID_OR_SECRET',
      'UNSUPPORTED_ERROR',
    ]) {
      expect(KNOWN_ERROR_CODES, code).toContain(code);
    }
  });
});

describe('plain errors', () => {
  it('keep status, text and x-stack-request-id', async () => {
    const { kit, server } = await scriptedServer();
    await using _ = kit;
    kit.enqueue({
      status: 404,
      headers: { 'x-stack-request-id': 'req-plain' },
      body: 'Session not found.',
    });
    const error = await failure(server.revokeSession({ sessionId: 's', userId: 'u' }));
    expect(NotFoundError.is(error)).toBe(true);
    expect(StackKnownError.is(error)).toBe(false);
    const e = error as NotFoundError;
    expect(e.status).toBe(404);
    expect(e.body).toBe('Session not found.');
    expect(e.requestId).toBe('req-plain');
    expect(e.message).toContain('Session not found.');
    expect(e.message).toContain('Check the id and the base URL');
  });

  it('a plain 401 is not taken for an expired credential', async () => {
    const { kit, server } = await scriptedServer();
    await using _ = kit;
    kit.enqueue({ status: 401, body: 'Invalid development override key' });
    const error = await failure(server.listUsers());
    expect((error as AuthenticationError).credentialExpired).toBe(false);
    expect(kit.requests).toHaveLength(1);
  });

  it('retries a GET on a dev-style 429, with and without Retry-After, then a 500', async () => {
    const { kit, server } = await scriptedServer();
    await using _ = kit;
    kit.enqueue(
      { status: 429, json: { message: 'Too many requests' }, retryAfter: 0 },
      { status: 429, json: { message: 'Too many requests' } },
      { json: { items: [], is_paginated: true, pagination: { next_cursor: null } } },
    );
    await expect(server.listUsers()).resolves.toEqual({ items: [], nextCursor: null });
    expect(kit.requests).toHaveLength(3);

    const tooMany = { status: 429, json: { message: 'Too many requests' }, retryAfter: 0 };
    kit.reset().enqueue(tooMany, tooMany, tooMany);
    const limited = await failure(server.listUsers());
    expect(RateLimitError.is(limited)).toBe(true);
    expect((limited as RateLimitError).retryAfterMs).toBe(0);

    kit.reset().enqueue({ status: 500, body: 'Something went wrong. Request ID: abc' });
    const created = await failure(server.createUser({}));
    expect(ServerError.is(created)).toBe(true);
    expect(kit.requests).toHaveLength(1); // a POST is never retried
  });
});
