import type { LoopbackServer } from '../loopback-server.js';

/**
 * Options for {@link startStackServer}.
 *
 * @example
 * ```ts
 * let now = Date.now();
 * await using stack = await startStackServer({ accessTokenLifetimeMs: 60_000, clock: () => now });
 * ```
 */
export interface StackServerOptions {
  /**
   * The project id the server answers for; any other gives `CURRENT_PROJECT_NOT_FOUND`.
   * @default DEFAULT_STACK_PROJECT_ID, a fixed, obviously fake UUID
   */
  projectId?: string;
  /**
   * Lifetime of issued access tokens (research §3: the real default is `10min`).
   * @default 600_000
   */
  accessTokenLifetimeMs?: number;
  /**
   * Epoch milliseconds, used to issue and to check tokens, refresh tokens and API keys.
   * @default Date.now
   */
  clock?: () => number;
  /**
   * Whether client access needs `x-stack-publishable-client-key` (research §1.5: default true).
   * @default true
   */
  requirePublishableClientKey?: boolean;
}

/**
 * The fake project keys the server accepts, with the real prefixes (`pck_`, `ssk_`, `sak_`).
 *
 * @example
 * ```ts
 * headers['x-stack-secret-server-key'] = stack.keys.secretServerKey;
 * ```
 */
export interface StackServerKeys {
  /** Starts with `pck_`. */
  readonly publishableClientKey: string;
  /** Starts with `ssk_`. */
  readonly secretServerKey: string;
  /** Starts with `sak_`. */
  readonly superSecretAdminKey: string;
}

/**
 * Input of {@link StackServer.createUser}.
 *
 * @example
 * ```ts
 * stack.createUser({ email: 'ada@example.test', restricted: true });
 * ```
 */
export interface StackUserInput {
  /** Primary email; verified unless `restricted`. */
  email?: string;
  displayName?: string;
  /** An anonymous user: tokens get the `:anon` audience. @default false */
  anonymous?: boolean;
  /** A restricted user (unverified email): tokens get the `:restricted` audience. @default false */
  restricted?: boolean;
}

/**
 * A faithful local Stack Auth backend on `127.0.0.1`: the API lives at `${url}/api/v1`.
 *
 * @example
 * ```ts
 * await using stack = await startStackServer();
 * const { accessToken } = await stack.createSession(stack.seededUserIds[0] ?? '');
 * const res = await fetch(`${stack.url}/api/v1/users/me`, {
 *   headers: {
 *     'x-stack-access-type': 'client',
 *     'x-stack-project-id': stack.projectId,
 *     'x-stack-publishable-client-key': stack.keys.publishableClientKey,
 *     'x-stack-access-token': accessToken,
 *   },
 * });
 * ```
 */
export interface StackServer extends AsyncDisposable {
  /** Origin, e.g. `http://127.0.0.1:PORT`, no trailing slash. */
  readonly url: string;
  readonly projectId: string;
  readonly keys: StackServerKeys;
  /** The kit underneath: `enqueue()` faults and 429s ahead of the Stack handler; `requests` log. */
  readonly loopback: LoopbackServer;
  /** Ids of the users seeded at start, in sign-up order. */
  readonly seededUserIds: readonly string[];
  /** Id of the team seeded at start; the first two seeded users are members. */
  readonly seededTeamId: string;
  /** Adds a user directly, without a request. */
  createUser(input?: StackUserInput): { id: string };
  /** Creates a session (refresh token) for a user and signs its first access token. */
  createSession(
    userId: string,
    options?: { accessTokenExpiresInMs?: number },
  ): Promise<{ accessToken: string; refreshToken: string }>;
  /** Signs an access token for a user, on a new session; `expiresInMs` may be negative. */
  signAccessToken(userId: string, options?: { expiresInMs?: number }): Promise<string>;
  /**
   * Answers the next `times` requests with the dev backend's rate limit (research §1):
   * 429 `{ "message": … }`, with `Retry-After` only when `retryAfterSeconds` is given, since
   * the real one sends it only about half the time. Same as `loopback.enqueue({ status: 429, … })`.
   * @example
   * ```ts
   * stack.rateLimit({ retryAfterSeconds: 1 }); // next request: 429 + Retry-After: 1
   * stack.rateLimit({ times: 2 }); // the two after that: 429 without Retry-After
   * ```
   */
  rateLimit(options?: { retryAfterSeconds?: number; times?: number }): void;
  /** Counts successful `POST /auth/sessions/current/refresh` calls. */
  readonly stats: { readonly refreshes: number };
  /** Stops the server. Safe to call twice. */
  close(): Promise<void>;
}
