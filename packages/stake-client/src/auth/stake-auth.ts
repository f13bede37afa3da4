import {
  ConfigurationError,
  CredentialError,
  type CredentialProvider,
  type CredentialRequestOptions,
  DEFAULT_EXPIRY_SKEW_SECONDS,
  describeSecret,
  describeValue,
  ExpiringToken,
  type IsExpiredOptions,
  Secret,
  type SetTokenOptions,
} from '@core/auth';
import {
  DEFAULT_STAKE_BASE_URL,
  DEFAULT_STAKE_LANGUAGE,
  DEFAULT_STAKE_USER_AGENT,
  STAKE_PROVIDER,
} from '../config/defaults.js';
import { stakeOrigin } from '../config/origin.js';
import { extractAccessTokenFromCurl, extractSessionFromCurl } from '../curl/extract.js';
import { parseCurl } from '../curl/parse-curl.js';
import type { TokenFormat } from '../validation/validate-access-token.js';
import type { StakeAuthOptions, StakeHeaderOptions } from './stake-auth-options.js';
import {
  type StakeCredential,
  type StakeCredentialInput,
  toCookieSecret,
  toStakeCredential,
} from './stake-credential.js';
import { buildStakeHeaders, type StakeHeaderSettings } from './stake-headers.js';

/**
 * Stake's auth material and the headers it becomes: StakeAPI's `AuthManager` done right
 * (research §1.6). `getAuthHeaders()` is what the client itself sends (StakeAPI's was never
 * used); `expiresIn: 0` means expired and a new token clears a stale expiry; the session
 * cookie is kept (StakeAPI's client dropped it). It is also the client's credential
 * provider: the same object while nothing changes, a new one after each `set…`.
 *
 * @example
 * ```ts
 * const auth = StakeAuth.fromCurl(copiedCurl);
 * auth.setAccessToken(newToken, { expiresIn: 3_600 });
 * if (auth.isTokenExpired()) console.warn('copy a fresh token from the browser');
 * const headers = await auth.getAuthHeaders();
 * ```
 */
export class StakeAuth implements CredentialProvider<StakeCredential> {
  /** Parses "Copy as cURL" from Chrome, Firefox or Safari (bash, cmd, PowerShell). */
  static readonly parseCurl = parseCurl;
  /** The `x-access-token` of a copied curl command. */
  static readonly extractAccessTokenFromCurl = extractAccessTokenFromCurl;
  /** The exact `session` cookie of a copied curl command. */
  static readonly extractSessionFromCurl = extractSessionFromCurl;

  readonly settings: StakeHeaderSettings;
  readonly baseUrl: string;
  readonly #format: TokenFormat;
  readonly #token: ExpiringToken;
  readonly #provider: CredentialProvider<StakeCredentialInput> | undefined;
  readonly #fromProvider = new WeakMap<object, StakeCredential>();
  #sessionCookie: Secret | undefined;
  #cfClearance: Secret | undefined;
  #cfBm: Secret | undefined;
  readonly #clock: () => number;
  // The expiry of the provider's latest credential, when it said.
  #providerExpiresAt: number | undefined;
  #snapshot: StakeCredential | undefined;

  constructor(options: StakeAuthOptions = {}) {
    this.baseUrl = options.baseUrl ?? DEFAULT_STAKE_BASE_URL;
    this.settings = {
      origin: stakeOrigin(this.baseUrl),
      language: checkLanguage(options.language ?? DEFAULT_STAKE_LANGUAGE),
      userAgent: options.userAgent ?? DEFAULT_STAKE_USER_AGENT,
      lockdownToken: checkLockdownToken(options.lockdownToken),
    };
    this.#format = options.tokenFormat ?? 'strict';
    this.#clock = options.clock ?? Date.now;
    this.#token = new ExpiringToken(options.clock === undefined ? {} : { clock: options.clock });
    this.#provider = options.credentials;
    if (options.accessToken !== undefined) {
      const credential = toStakeCredential(
        {
          accessToken: options.accessToken,
          sessionCookie: options.sessionCookie,
          cfClearance: options.cfClearance,
          cfBm: options.cfBm,
        },
        this.#format,
      );
      this.#token.set(credential.accessToken, { expiresIn: options.expiresIn });
      this.#sessionCookie = credential.sessionCookie;
      this.#cfClearance = credential.cfClearance;
      this.#cfBm = credential.cfBm;
    } else {
      this.#sessionCookie = toCookieSecret(options.sessionCookie, 'sessionCookie');
      this.#cfClearance = toCookieSecret(options.cfClearance, 'cfClearance');
    }
  }

  /**
   * Builds a StakeAuth from "Copy as cURL": token, cookies, user agent and site.
   *
   * @example
   * ```ts
   * const auth = StakeAuth.fromCurl(await readFile('request.txt', 'utf8'));
   * ```
   */
  static fromCurl(command: string, options: StakeHeaderOptions = {}): StakeAuth {
    const parsed = parseCurl(command);
    // The session cookie is the token (research §2.2): either one will do.
    const accessToken = parsed.accessToken ?? parsed.sessionCookie;
    if (accessToken === undefined) {
      throw new ConfigurationError(
        'command has no x-access-token header and no session cookie: copy a request to /_api/graphql made while logged in.',
        { option: 'command', provider: STAKE_PROVIDER },
      );
    }
    return new StakeAuth({
      ...(parsed.sessionCookie === undefined ? {} : { sessionCookie: parsed.sessionCookie }),
      ...(parsed.cfClearance === undefined ? {} : { cfClearance: parsed.cfClearance }),
      ...(parsed.cfBm === undefined ? {} : { cfBm: parsed.cfBm }),
      ...(parsed.userAgent === undefined ? {} : { userAgent: parsed.userAgent }),
      ...(parsed.baseUrl === undefined ? {} : { baseUrl: parsed.baseUrl }),
      ...(parsed.language === undefined ? {} : { language: parsed.language }),
      ...(parsed.lockdownToken === undefined ? {} : { lockdownToken: parsed.lockdownToken }),
      ...options,
      accessToken,
    });
  }

  /** True when credentials come from a provider that can renew them. */
  get refreshable(): boolean {
    return this.#provider?.invalidate !== undefined;
  }

  /** Whether a `cf_clearance` cookie is configured. */
  get hasCfClearance(): boolean {
    return this.#cfClearance !== undefined;
  }

  /**
   * Sets the token; `expiresIn` in seconds (0 = already expired; left out = unknown).
   * Throws a ConfigurationError with a `credentials` provider, which owns the token.
   */
  setAccessToken(token: string | Secret, options: SetTokenOptions = {}): void {
    this.#assertNoProvider('setAccessToken');
    const credential = toStakeCredential({ accessToken: token }, this.#format);
    this.#token.set(credential.accessToken, options);
    this.#snapshot = undefined;
  }

  /** Sets the `session` cookie; undefined goes back to sending the access token. Not with a provider. */
  setSessionCookie(value: string | Secret | undefined): void {
    this.#assertNoProvider('setSessionCookie');
    this.#sessionCookie = toCookieSecret(value, 'sessionCookie');
    this.#snapshot = undefined;
  }

  /** Sets Cloudflare's `cf_clearance` cookie; undefined stops sending it. Not with a provider. */
  setCfClearance(value: string | Secret | undefined): void {
    this.#assertNoProvider('setCfClearance');
    this.#cfClearance = toCookieSecret(value, 'cfClearance');
    this.#snapshot = undefined;
  }

  /**
   * True with no token, or within `skewSeconds` (default 300) of a known expiry. With a
   * `credentials` provider: true within `skewSeconds` of the `expiresAt` of the credential it
   * last gave, and false while that is unknown (the provider fetches one when asked).
   */
  isTokenExpired(options: IsExpiredOptions = {}): boolean {
    // Null options from parsed config mean the defaults (core's isExpired reads them unchecked).
    const given = options ?? {};
    if (this.#provider === undefined) return this.#token.isExpired(given);
    const skewSeconds = given.skewSeconds ?? DEFAULT_EXPIRY_SKEW_SECONDS;
    if (!Number.isFinite(skewSeconds) || skewSeconds < 0) {
      throw new ConfigurationError(
        `skewSeconds must be a finite number of seconds, 0 or more, got ${describeValue(skewSeconds)}: pass e.g. 300.`,
        { option: 'skewSeconds', provider: STAKE_PROVIDER },
      );
    }
    const expiresAt = this.#providerExpiresAt;
    return expiresAt !== undefined && this.#clock() >= expiresAt - skewSeconds * 1_000;
  }

  /** Forgets the token, its expiry and the cookies. Not with a provider. */
  clearTokens(): void {
    this.#assertNoProvider('clearTokens');
    this.#token.clear();
    this.#sessionCookie = undefined;
    this.#cfClearance = undefined;
    this.#cfBm = undefined;
    this.#snapshot = undefined;
  }

  // A provider owns its credential: changing a copy here would be silently ignored.
  #assertNoProvider(method: string): void {
    if (this.#provider === undefined) return;
    throw new ConfigurationError(
      `${method}() cannot change the credential: it comes from the credentials provider. Change what the provider returns, or build the client with accessToken instead of credentials.`,
      { option: 'credentials', provider: STAKE_PROVIDER },
    );
  }

  /** The current credential; from the provider when one was given. */
  async getCredential(options: CredentialRequestOptions = {}): Promise<StakeCredential> {
    if (this.#provider !== undefined)
      return this.#normalise(await this.#provider.getCredential(options));
    const token = this.#token.value;
    if (token === undefined) {
      throw new CredentialError(
        'no access token is set: pass accessToken, or call setAccessToken() with the x-access-token of a logged-in browser.',
        { provider: STAKE_PROVIDER },
      );
    }
    if (this.#token.isExpired({ skewSeconds: 0 })) {
      throw new CredentialError(
        'the access token has expired (its expiresIn has passed): Stake tokens cannot be refreshed by a client. Copy a fresh one from the browser and call setAccessToken().',
        { provider: STAKE_PROVIDER },
      );
    }
    this.#snapshot ??= {
      accessToken: token,
      sessionCookie: this.#sessionCookie,
      cfClearance: this.#cfClearance,
      cfBm: this.#cfBm,
    };
    return this.#snapshot;
  }

  /** Forwards to the provider, when it can renew. */
  invalidate(): void {
    this.#provider?.invalidate?.();
  }

  /** The headers for a credential: the one builder the client uses too. */
  headersFor(credential: StakeCredential): Record<string, string> {
    return buildStakeHeaders(credential, this.settings);
  }

  /**
   * The headers a request to Stake carries now: `x-access-token`, `cookie`, `x-language`,
   * `origin`, `referer`, `user-agent`, `accept`. Exactly what the client sends.
   */
  async getAuthHeaders(): Promise<Record<string, string>> {
    return this.headersFor(await this.getCredential());
  }

  /** What logs may show: never a secret. */
  toJSON(): Record<string, unknown> {
    return {
      baseUrl: this.baseUrl,
      token: this.#provider === undefined ? this.#token.toJSON() : 'from provider',
      sessionCookie:
        this.#sessionCookie === undefined ? 'same as token' : this.#sessionCookie.masked,
      cfClearance: this.#cfClearance?.masked,
    };
  }

  // A provider's credential, checked once per object it returns: identity kept per epoch.
  #normalise(input: StakeCredentialInput): StakeCredential {
    this.#providerExpiresAt =
      typeof input.expiresAt === 'number' && Number.isFinite(input.expiresAt)
        ? input.expiresAt
        : undefined;
    const cached = this.#fromProvider.get(input);
    if (cached !== undefined) return cached;
    const credential = toStakeCredential(
      {
        accessToken: input.accessToken,
        sessionCookie: input.sessionCookie ?? this.#sessionCookie,
        cfClearance: input.cfClearance ?? this.#cfClearance,
        cfBm: input.cfBm ?? this.#cfBm,
      },
      this.#format,
    );
    this.#fromProvider.set(input, credential);
    return credential;
  }
}

// A BCP 47-ish tag as the web app sends it: `en`, `pt-BR`, `zh-Hant`.
const LANGUAGE = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,3}$/;

function checkLanguage(language: unknown): string {
  if (typeof language === 'string' && LANGUAGE.test(language)) return language;
  throw new ConfigurationError(
    `language must be a language tag such as "en" or "pt-BR", got ${typeof language === 'string' ? `${language.length} characters` : typeof language}: it is sent as x-language.`,
    { option: 'language', provider: STAKE_PROVIDER },
  );
}

// Header-safe visible ASCII: anything else would make fetch throw at send time.
const HEADER_TOKEN = /^[\x21-\x7e]+$/;

function checkLockdownToken(value: unknown): Secret | undefined {
  if (value === undefined) return undefined;
  const raw = Secret.isSecret(value) ? value.reveal() : value;
  if (typeof raw === 'string' && HEADER_TOKEN.test(raw)) {
    return Secret.isSecret(value) ? value : new Secret(raw);
  }
  throw new ConfigurationError(
    `lockdownToken is not a header value (${typeof raw === 'string' ? describeSecret(raw) : typeof raw}): it is empty or holds spaces or control characters. Copy the x-lockdown-token value exactly.`,
    { option: 'lockdownToken', provider: STAKE_PROVIDER },
  );
}
