import {
  assertServerRuntime,
  ConfigurationError,
  createPipeline,
  type Pipeline,
  transportOptionsOf,
} from '@core/auth';
import type { StakeAuth } from '../auth/stake-auth.js';
import type { StakeCredential } from '../auth/stake-credential.js';
import { STAKE_GRAPHQL_PATH, STAKE_PROVIDER, STAKE_SAFE_HEADERS } from '../config/defaults.js';
import { createStakeErrorMapper } from '../errors/map-stake-error.js';
import type { StakeCallMeta } from '../graphql/call-meta.js';
import { decodeJson } from '../graphql/decode-json.js';
import { DEFAULT_STAKE_DOCUMENTS, type StakeDocuments } from '../graphql/documents.js';
import { graphqlData } from '../graphql/graphql-data.js';
import { selectOperation } from '../graphql/operation-type.js';
import { TokenBucket } from '../rate-limit/token-bucket.js';
import {
  CurrencyConfigurationData,
  UserBalancesData,
  UserProfileData,
} from '../schemas/stake-schemas.js';
import { type GraphQLOptions, selectsViewer } from './graphql-options.js';
import type { StakeBalances, StakeConversionRates, StakeUserProfile } from './results.js';
import type { StakeCallOptions, StakeClientOptions } from './stake-client-options.js';
import { toAuth } from './to-auth.js';

/**
 * A Stake.com GraphQL client on the core pipeline: `x-access-token` and the `session`
 * cookie from one header builder ({@link StakeAuth.getAuthHeaders}), a client-side rate
 * limit, amounts as exact decimal strings, and Stake's HTTP-200 errors as typed errors.
 * Queries are retried on transient faults only; mutations never.
 *
 * @example
 * ```ts
 * await using stake = new StakeClient({ accessToken: process.env.STAKE_ACCESS_TOKEN ?? '' });
 * const { available } = await stake.getUserBalances();
 * console.log(formatAmount(available.btc ?? '0', 'btc'));
 * ```
 */
export class StakeClient implements AsyncDisposable {
  /** The credentials and headers this client sends; rotate the token with `auth.setAccessToken`. */
  readonly auth: StakeAuth;
  readonly #pipeline: Pipeline;
  readonly #bucket: TokenBucket | undefined;
  readonly #documents: StakeDocuments;
  readonly #isAcp: boolean;

  constructor(options: StakeClientOptions) {
    if (typeof options !== 'object' || options === null) {
      throw new ConfigurationError('options are missing: pass at least { accessToken }.', {
        option: 'options',
        provider: STAKE_PROVIDER,
      });
    }
    assertServerRuntime('new StakeClient', {
      dangerouslyAllowBrowser: options.dangerouslyAllowBrowser,
      provider: STAKE_PROVIDER,
    });
    const auth = toAuth(options);
    this.auth = auth;
    this.#documents = { ...DEFAULT_STAKE_DOCUMENTS, ...options.documents };
    this.#isAcp = options.isAcp ?? /(^|\.)stake\.us$/i.test(new URL(auth.baseUrl).hostname);
    const bucket = options.rateLimit === false ? undefined : new TokenBucket(options.rateLimit);
    this.#bucket = bucket;
    this.#pipeline = createPipeline<StakeCredential>({
      baseUrl: auth.baseUrl,
      provider: STAKE_PROVIDER,
      credentials: auth,
      headers: (credential) => auth.headersFor(credential),
      userAgent: auth.settings.userAgent,
      safeHeaders: STAKE_SAFE_HEADERS,
      mapError: createStakeErrorMapper({
        refreshable: () => auth.refreshable,
        cfClearanceSent: () => auth.hasCfClearance,
      }),
      ...transportOptionsOf(options),
      // A token per attempt, not per call: a limiter per call let retries burst past it
      // (research §5). The wait listens to the attempt's signal, so a deadline, an abort or
      // close() ends it, and it counts toward the attempt's timeoutMs.
      ...(bucket === undefined
        ? {}
        : { beforeAttempt: (signal: AbortSignal) => bucket.acquire(signal) }),
    });
  }

  /** True once `close()` ran. */
  get closed(): boolean {
    return this.#pipeline.closed;
  }

  /**
   * Sends a GraphQL operation to `/_api/graphql` and resolves to its `data`, validated by
   * `schema` when given. Numbers arrive exact: safe integers as numbers, everything else
   * as decimal strings. A `query` is retried on transient faults; a `mutation` never.
   *
   * @example
   * ```ts
   * const data = await stake.graphql('query UserKycStatus { user { id kycStatus } }', {
   *   schema: z.object({ user: z.object({ id: z.string(), kycStatus: z.string() }) }),
   * });
   * ```
   */
  async graphql<T = unknown>(document: string, given?: GraphQLOptions<T>): Promise<T> {
    // Null options from parsed config mean the defaults, like undefined.
    const options = given ?? {};
    if (typeof document !== 'string' || document.trim() === '') {
      throw new ConfigurationError('document is empty: pass a GraphQL query or mutation.', {
        option: 'document',
        provider: STAKE_PROVIDER,
      });
    }
    // Name and type from the same definition: the first, or the one operationName names.
    // Unknown is treated as a mutation: never retried.
    const operation = selectOperation(document, options.operationName);
    const operationName = options.operationName ?? operation?.name;
    const type = operation?.type ?? 'mutation';
    if (type === 'subscription') {
      throw new ConfigurationError(
        'document is a subscription: those go over wss://stake.com/_api/websockets (graphql-transport-ws), not POST. Send queries and mutations here.',
        { option: 'document', provider: STAKE_PROVIDER },
      );
    }
    // Refused at once, nothing sent, when too many calls already wait for a token.
    this.#bucket?.assertRoom();
    return this.#pipeline.request<T>({
      method: 'POST',
      path: STAKE_GRAPHQL_PATH,
      json: {
        query: document,
        variables: options.variables ?? {},
        ...(operationName === undefined ? {} : { operationName }),
      },
      headers: {
        ...(operationName === undefined ? {} : { 'x-operation-name': operationName }),
        'x-operation-type': type,
      },
      // research §5: only what cannot move money twice is retried.
      idempotent: type === 'query',
      // Amounts are GraphQL Floats: parse losslessly so 1e-8 stays "0.00000001".
      decode: decodeJson,
      schema: graphqlData(options.schema),
      meta: {
        operationName,
        operationType: type,
        // A null `data.user` means the token was refused (research §2.4, §1.4).
        requireUser: options.requireUser ?? selectsViewer(document),
      } satisfies StakeCallMeta,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      ...(options.deadlineMs === undefined ? {} : { deadlineMs: options.deadlineMs }),
    });
  }

  /**
   * The logged-in user's balances by lower-case currency, as exact decimal strings: `1e-8`
   * arrives as `"0.00000001"`. A null user is an `AuthenticationError`, not empty maps.
   *
   * @example
   * ```ts
   * const { available, vault } = await stake.getUserBalances();
   * ```
   */
  async getUserBalances(options: StakeCallOptions = {}): Promise<StakeBalances> {
    const data = await this.graphql(this.#documents.userBalances, {
      ...options,
      schema: UserBalancesData,
      requireUser: true,
    });
    const balances: StakeBalances = { available: {}, vault: {} };
    for (const { available, vault } of data.user.balances) {
      balances.available[available.currency.toLowerCase()] = available.amount;
      if (vault) balances.vault[vault.currency.toLowerCase()] = vault.amount;
    }
    return balances;
  }

  /**
   * The logged-in user's profile (the fork-verified `UserProfile` query).
   *
   * @example
   * ```ts
   * const { name } = await stake.getUserProfile();
   * ```
   */
  async getUserProfile(options: StakeCallOptions = {}): Promise<StakeUserProfile> {
    const { user } = await this.graphql(this.#documents.userProfile, {
      ...options,
      schema: UserProfileData,
      requireUser: true,
    });
    const profile: StakeUserProfile = { id: user.id, name: user.name };
    if (user.email != null) profile.email = user.email;
    for (const flag of ['hasEmailVerified', 'isMuted', 'isRainproof', 'isBanned'] as const) {
      const value = user[flag];
      if (value != null) profile[flag] = value;
    }
    if (user.createdAt != null) profile.createdAt = String(user.createdAt);
    return profile;
  }

  /**
   * Each currency's base rate from `CurrencyConfiguration`, as exact decimal strings.
   *
   * @example
   * ```ts
   * const { baseRates } = await stake.getConversionRates();
   * ```
   */
  async getConversionRates(
    options: StakeCallOptions & { isAcp?: boolean } = {},
  ): Promise<StakeConversionRates> {
    const { isAcp, ...call } = options ?? {};
    const { currencyConfiguration: config } = await this.graphql(
      this.#documents.currencyConfiguration,
      {
        ...call,
        variables: { isAcp: isAcp ?? this.#isAcp },
        schema: CurrencyConfigurationData,
        requireUser: false,
      },
    );
    const baseRates: Record<string, string> = {};
    for (const rate of config.baseRates) baseRates[rate.currency.toLowerCase()] = rate.baseRate;
    return {
      baseRates,
      launchedFiatCurrencies: config.launchedFiatCurrencies ?? [],
      displayFiatCurrencies: config.displayFiatCurrencies ?? [],
    };
  }

  /** Aborts every call in flight (waiting for the rate limit included) and refuses new ones. */
  close(): void {
    this.#pipeline.close();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    this.close();
  }

  /** What logs may show: never a secret. */
  toJSON(): Record<string, unknown> {
    return { auth: this.auth.toJSON(), closed: this.closed };
  }
}
