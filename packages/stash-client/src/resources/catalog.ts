import { ConfigurationError } from '@core/auth';
import { lazySchema } from '@core/auth/zod';
import * as z from 'zod/mini';
import { STASH_PROVIDER } from '../client/constants.js';
import type { StashCallOptions } from '../client/stash-client-options.js';
import {
  GetProductResponseSchema,
  type ListProductsOptions,
  ListProductsRequestSchema,
  type Product,
  type ProductPage,
  ProductPageSchema,
  ShopIdSchema,
} from '../schemas/product.js';
import { parseInput } from '../validation/parse-input.js';
import { callOptions, type StashCallContext } from './call-context.js';

/** A checked page request: the shop is known and the limit is within bounds. */
interface PageRequest {
  shopId: string;
  limit: number | undefined;
  offset: number;
}

/** Validates paging and picks the shop, before any I/O. */
export function toPageRequest(
  context: StashCallContext,
  options: ListProductsOptions | undefined,
  call: string,
): PageRequest {
  const parsed = parseInput(ListProductsRequestSchema, options ?? {}, call);
  return {
    shopId: requireShopId(context, parsed.shopId, call),
    limit: parsed.limit,
    offset: parsed.offset ?? 0,
  };
}

function requireShopId(
  context: StashCallContext,
  shopId: string | undefined,
  call: string,
): string {
  // research §3: the studio service accepts HMAC signing only; an API key gets a 401 whose
  // hints (wrong environment, rotated key) would mislead.
  if (context.shopId === undefined) {
    throw new ConfigurationError(
      `${call} needs HMAC signing: the studio endpoints do not accept X-Stash-Api-Key. Build the client with auth: { hmac: { shopId, secret } }.`,
      { option: 'auth', provider: STASH_PROVIDER },
    );
  }
  return shopId ?? context.shopId;
}

/** GET /sdk/studio/{shopId}/products?limit&offset: one page. */
export async function fetchProductPage(
  context: StashCallContext,
  page: PageRequest,
  options?: StashCallOptions,
): Promise<ProductPage> {
  return context.pipeline.request({
    method: 'GET',
    path: `/sdk/studio/${encodeURIComponent(page.shopId)}/products`,
    searchParams: { limit: page.limit, offset: page.offset === 0 ? undefined : page.offset },
    schema: ProductPageSchema,
    ...callOptions(options),
  });
}

/**
 * Every product from `page.offset` on, page by page over `nextOffset`. Stops when a page has
 * no `nextOffset` (the last page), is empty, or would not advance (a server bug must not loop
 * forever).
 */
export async function* iterateProducts(
  context: StashCallContext,
  page: PageRequest,
  options?: StashCallOptions,
): AsyncGenerator<Product, void, undefined> {
  let offset = page.offset;
  for (;;) {
    const result = await fetchProductPage(context, { ...page, offset }, options);
    yield* result.products;
    const next = result.nextOffset;
    if (next === undefined || result.products.length === 0 || next <= offset) return;
    offset = next;
  }
}

const ProductId = lazySchema(() => z.string().check(z.minLength(1, { error: 'is required' })));

/** GET /sdk/studio/{shopId}/products/{productId}, unwrapped from `{ product }`. */
export async function getProduct(
  context: StashCallContext,
  productId: string,
  options?: StashCallOptions & { shopId?: string },
): Promise<Product> {
  parseInput(ProductId, productId, 'getProduct');
  // Null options from parsed config mean the defaults, like undefined.
  const { shopId } = parseInput(ShopIdSchema, { shopId: options?.shopId }, 'getProduct');
  const id = requireShopId(context, shopId, 'getProduct');
  const { product } = await context.pipeline.request({
    method: 'GET',
    path: `/sdk/studio/${encodeURIComponent(id)}/products/${encodeURIComponent(productId)}`,
    schema: GetProductResponseSchema,
    ...callOptions(options),
  });
  return product;
}
