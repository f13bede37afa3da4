/**
 * The project id {@link startStackServer} answers for unless told otherwise: a valid UUID
 * that is obviously fake.
 *
 * @example
 * ```ts
 * const stack = await startStackServer();
 * stack.projectId === DEFAULT_STACK_PROJECT_ID; // true
 * ```
 */
export const DEFAULT_STACK_PROJECT_ID = '00000000-0000-4000-8000-00000000fa4e';

/**
 * Access token lifetime (research §3: `STACK_ACCESS_TOKEN_EXPIRATION_TIME` defaults to 10min).
 *
 * @example
 * ```ts
 * await startStackServer({ accessTokenLifetimeMs: DEFAULT_STACK_ACCESS_TOKEN_LIFETIME_MS / 10 });
 * ```
 */
export const DEFAULT_STACK_ACCESS_TOKEN_LIFETIME_MS = 600_000;

/** Research §3: refresh tokens expire after 365 days by default. */
export const DEFAULT_REFRESH_TOKEN_LIFETIME_MS = 365 * 24 * 60 * 60 * 1000;

/** Research §4: `POST /auth/sessions` takes `expires_in_millis` up to 367 days. */
export const MAX_SESSION_LIFETIME_MS = 367 * 24 * 60 * 60 * 1000;

/** Research §3: the only branch; any other `x-stack-branch-id` is `BRANCH_DOES_NOT_EXIST`. */
export const DEFAULT_BRANCH_ID = 'main';

/** Research §3: the JWKS response is cacheable for an hour. */
export const JWKS_CACHE_CONTROL = 'public, max-age=3600';

/** The API's mount point under the server's origin. */
export const API_PREFIX = '/api/v1';
