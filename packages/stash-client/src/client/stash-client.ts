import {
  assertServerRuntime,
  ConfigurationError,
  createPipeline,
  type Pipeline,
  type ResponseSchema,
  staticCredential,
  transportOptionsOf,
} from '@core/auth';
import type { StashCredential } from '../auth/stash-credential.js';
import { stashHeaders } from '../auth/stash-headers.js';
import { warnApiKeyDeprecated } from '../auth/warn-api-key-deprecated.js';
import { mapStashError } from '../errors/map-stash-error.js';
import type { StashAuthScheme } from '../errors/stash-authentication-error.js';
import { callOptions, type StashCallContext } from '../resources/call-context.js';
import {
  fetchProductPage,
  getProduct,
  iterateProducts,
  toPageRequest,
} from '../resources/catalog.js';
import { createQuickPayUrl, createSubscriptionCheckoutLink } from '../resources/checkout.js';
import { getPayment } from '../resources/payments.js';
import { generateAuthenticatedUrl } from '../resources/server-urls.js';
import type {
  AuthenticatedUrl,
  GenerateAuthenticatedUrlRequest,
} from '../schemas/authenticated-url.js';
import type { Payment } from '../schemas/payment.js';
import type { ListProductsOptions, Product, ProductPage } from '../schemas/product.js';
import type { CreateQuickPayUrlRequest, QuickPayUrl } from '../schemas/quick-pay.js';
import type {
  CreateSubscriptionCheckoutLinkRequest,
  SubscriptionCheckoutLink,
} from '../schemas/subscription-checkout-link.js';
import { resolveTarget } from '../validation/resolve-base-url.js';
import { resolveCredential } from '../validation/resolve-credential.js';
import { normalizeEndpoint, withShopHandle } from '../validation/shop-call.js';
import { STASH_PROVIDER, type StashEnvironment } from './constants.js';
import type { StashCallOptions, StashClientOptions } from './stash-client-options.js';

/**
 * Options of {@link StashClient.request}.
 *
 * @example
 * ```ts
 * await client.request('checkout-links/generate', body, { idempotent: true, schema: MySchema });
 * ```
 */
export interface StashRequestOptions<T> extends StashCallOptions {
  /** Validates the response (a zod schema works). */
  schema?: ResponseSchema<T>;
  /** Allows retries: only when Stash deduplicates this call. @default false */
  idempotent?: boolean;
}

/**
 * A server-side Stash client: API-key or HMAC auth, typed calls, typed errors.
 *
 * @example
 * ```ts
 * const stash = new StashClient({
 *   environment: 'test',
 *   auth: { hmac: { shopId: process.env.STASH_SHOP_ID ?? '', secret: process.env.STASH_INGRESS_SECRET ?? '' } },
 * });
 * const { url } = await stash.createQuickPayUrl({
 *   item: { id: 'gems-100', pricePerItem: '0.99', quantity: 1 },
 *   user: { id: 'player-42' },
 *   idempotencyKey: 'order-42',
 * });
 * ```
 */
export class StashClient implements AsyncDisposable {
  // Every Promise-returning method is async: a bad argument rejects the Promise, never
  // throws where the caller only expects to await (issue 8).
  /** The environment targeted, when named. */
  readonly environment: StashEnvironment | undefined;
  /** The API root. */
  readonly baseUrl: string;
  /** `hmac` or the deprecated `apiKey`. */
  readonly authScheme: StashAuthScheme;
  /** The shop slug `request()` adds as `shop_handle`. */
  readonly shopHandle: string | undefined;
  readonly #pipeline: Pipeline;
  readonly #context: StashCallContext;

  constructor(options: StashClientOptions) {
    if (typeof options !== 'object' || options === null) {
      throw new ConfigurationError(
        'options are missing: pass at least { environment, auth: { hmac: { shopId, secret } } }.',
        { option: 'options', provider: STASH_PROVIDER },
      );
    }
    assertServerRuntime('new StashClient()', {
      dangerouslyAllowBrowser: options.dangerouslyAllowBrowser,
      provider: STASH_PROVIDER,
    });
    const { baseUrl, environment } = resolveTarget(options);
    const credential: StashCredential = resolveCredential(options.auth);
    this.environment = environment;
    this.baseUrl = baseUrl;
    this.authScheme = credential.scheme;
    this.shopHandle = options.shopHandle;
    const errorContext = { scheme: credential.scheme, environment };
    this.#pipeline = createPipeline<StashCredential>({
      ...transportOptionsOf(options),
      baseUrl,
      provider: STASH_PROVIDER,
      credentials: staticCredential(credential),
      headers: stashHeaders(options.clock ?? Date.now),
      mapError: (context) => mapStashError(context, errorContext),
    });
    this.#context = {
      pipeline: this.#pipeline,
      shopId: credential.scheme === 'hmac' ? credential.shopId : undefined,
    };
    if (credential.scheme === 'apiKey') warnApiKeyDeprecated();
  }

  /**
   * The seed docs' shop call: POST `/api/v1/sdk/{endpoint}` with `shop_handle` added from
   * `shopHandle` when the body has none. Sent once unless `idempotent: true`.
   *
   * @example
   * ```ts
   * const result = await stash.request('checkout-links/generate', { external_user: { id: 'p1' } });
   * ```
   */
  async request<T = unknown>(
    endpoint: string,
    body?: Record<string, unknown>,
    options?: StashRequestOptions<T>,
  ): Promise<T> {
    const path = `/api/v1/sdk/${normalizeEndpoint(endpoint)}`;
    const json = withShopHandle(body, this.shopHandle);
    // Null options from parsed config mean the defaults, like undefined.
    const { idempotent, schema } = options ?? {};
    return this.#pipeline.request<T>({
      method: 'POST',
      path,
      json,
      idempotent: idempotent ?? false,
      ...(schema === undefined ? {} : { schema }),
      ...callOptions(options),
    });
  }

  /**
   * A Quick Pay checkout URL for one item or catalog items. With `idempotencyKey` (sent as
   * `transactionId`) the call may be retried; without one it is sent exactly once.
   *
   * @example
   * ```ts
   * const { url } = await stash.createQuickPayUrl({ catalogItems: [{ id: 'sku-1', quantity: 1 }], user: { id: 'p1' }, idempotencyKey: 'order-1' });
   * ```
   */
  async createQuickPayUrl(
    input: CreateQuickPayUrlRequest,
    options?: StashCallOptions,
  ): Promise<QuickPayUrl> {
    return createQuickPayUrl(this.#context, input, options);
  }

  /**
   * A pre-authenticated webshop URL for a player.
   *
   * @example
   * ```ts
   * const { url } = await stash.generateAuthenticatedUrl({ user: { id: 'p1' }, target: 'STORE' });
   * ```
   */
  async generateAuthenticatedUrl(
    input: GenerateAuthenticatedUrlRequest,
    options?: StashCallOptions,
  ): Promise<AuthenticatedUrl> {
    return generateAuthenticatedUrl(this.#context, input, options);
  }

  /**
   * A payment by id; money as decimal strings.
   *
   * @example
   * ```ts
   * const payment = await stash.getPayment('pay_123');
   * ```
   */
  async getPayment(id: string, options?: StashCallOptions): Promise<Payment> {
    return getPayment(this.#context, id, options);
  }

  /**
   * Every published product, fetched page by page as you iterate. Paging is checked now,
   * before any request (`limit` at most 100).
   *
   * @example
   * ```ts
   * for await (const product of stash.listProducts({ limit: 100 })) console.log(product.productId);
   * ```
   */
  listProducts(
    options?: ListProductsOptions & StashCallOptions,
  ): AsyncGenerator<Product, void, undefined> {
    const page = toPageRequest(this.#context, pickPaging(options), 'listProducts');
    return iterateProducts(this.#context, page, options);
  }

  /**
   * One page of products and the `nextOffset` of the next, if any.
   *
   * @example
   * ```ts
   * const { products, nextOffset } = await stash.listProductsPage({ limit: 20 });
   * ```
   */
  async listProductsPage(options?: ListProductsOptions & StashCallOptions): Promise<ProductPage> {
    const page = toPageRequest(this.#context, pickPaging(options), 'listProductsPage');
    return fetchProductPage(this.#context, page, options);
  }

  /**
   * A published product by its partner-defined id (SKU).
   *
   * @example
   * ```ts
   * const product = await stash.getProduct('gems-100');
   * ```
   */
  async getProduct(
    productId: string,
    options?: StashCallOptions & { shopId?: string },
  ): Promise<Product> {
    return getProduct(this.#context, productId, options);
  }

  /**
   * A subscription checkout link. Never retried: its reference documents no `transactionId`,
   * so a retry could make a second link (`idempotencyKey` is still sent as one).
   *
   * @example
   * ```ts
   * const { url } = await stash.createSubscriptionCheckoutLink({ plan: 'gold', currency: 'USD', user: { id: 'p1' } });
   * ```
   */
  async createSubscriptionCheckoutLink(
    input: CreateSubscriptionCheckoutLinkRequest,
    options?: StashCallOptions,
  ): Promise<SubscriptionCheckoutLink> {
    return createSubscriptionCheckoutLink(this.#context, input, options);
  }

  /** Aborts every call in flight and refuses new ones. */
  close(): void {
    this.#pipeline.close();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    this.close();
  }
}

function pickPaging(options: ListProductsOptions | undefined): ListProductsOptions {
  const { shopId, limit, offset } = options ?? {};
  return {
    ...(shopId === undefined ? {} : { shopId }),
    ...(limit === undefined ? {} : { limit }),
    ...(offset === undefined ? {} : { offset }),
  };
}
