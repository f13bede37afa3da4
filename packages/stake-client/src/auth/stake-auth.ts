import {
  ConfigurationError,
  CredentialError,
  type CredentialProvider,
  type CredentialRequestOptions,
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
  #snapshot: StakeCredential | undefined;

  constructor(options: StakeAuthOptions = {}) {
    this.baseUrl = options.baseUrl ?? DEFAULT_STAKE_BASE_URL;
    this.settings = {
      origin: stakeOrigin(this.baseUrl),
      language: options.language ?? DEFAULT_STAKE_LANGUAGE,
      userAgent: options.userAgent ?? DEFAULT_STAKE_USER_AGENT,
      lockdownToken:
        options.lockdownToken === undefined ? undefined : Secret.from(options.lockdownToken),
    };
    this.#format = options.tokenFormat ?? 'strict';
    this.#token = new ExpiringToken(options.clock === undefined ? {} : { clock: options.clock });
    this.#provider = options.credentials;
    if (options.accessToken !== undefined) {
      const credential = toStakeCredential(
        {
          accessToken: options.accessToken,
          sessionCookie: options.sessionCookie,
          cfClearance: options.cfClearance,
        },
        this.#format,
      );
      this.#token.set(credential.accessToken, { expiresIn: options.expiresIn });
      this.#sessionCookie = credential.sessionCookie;
      this.#cfClearance = credential.cfClearance;
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

  /** Sets the token; `expiresIn` in seconds (0 = already expired; left out = unknown). */
  setAccessToken(token: string | Secret, options: SetTokenOptions = {}): void {
    const credential = toStakeCredential({ accessToken: token }, this.#format);
    this.#token.set(credential.accessToken, options);
    this.#snapshot = undefined;
  }

  /** Sets the `session` cookie; undefined goes back to sending the access token. */
  setSessionCookie(value: string | Secret | undefined): void {
    this.#sessionCookie = toCookieSecret(value, 'sessionCookie');
    this.#snapshot = undefined;
  }

  /** Sets Cloudflare's `cf_clearance` cookie; undefined stops sending it. */
  setCfClearance(value: string | Secret | undefined): void {
    this.#cfClearance = toCookieSecret(value, 'cfClearance');
    this.#snapshot = undefined;
  }

  /** True with no token, or within `skewSeconds` (default 300) of a known expiry. */
  isTokenExpired(options: IsExpiredOptions = {}): boolean {
    return this.#token.isExpired(options);
  }

  /** Forgets the token, its expiry and both cookies. */
  clearTokens(): void {
    this.#token.clear();
    this.#sessionCookie = undefined;
    this.#cfClearance = undefined;
    this.#snapshot = undefined;
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
    const cached = this.#fromProvider.get(input);
    if (cached !== undefined) return cached;
    const credential = toStakeCredential(
      {
        accessToken: input.accessToken,
        sessionCookie: input.sessionCookie ?? this.#sessionCookie,
        cfClearance: input.cfClearance ?? this.#cfClearance,
      },
      this.#format,
    );
    this.#fromProvider.set(input, credential);
    return credential;
  }
}
