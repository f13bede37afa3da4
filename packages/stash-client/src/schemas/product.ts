import { type LazyInput, type LazyOutput, lazySchema } from '@core/auth/zod';
import * as z from 'zod/mini';
import { loose } from './common.js';

const localizableText = () =>
  loose({
    defaultText: z.optional(z.string()),
    localizationKey: z.optional(z.string()),
    localizedText: z.optional(z.string()),
  });

const price = () =>
  loose({
    currency: z.string(),
    platform: z.optional(z.string()),
    region: z.optional(z.string()),
    /** Integer minor units (uint32 on the wire: exact, not a float), e.g. 499 for $4.99. */
    cents: z._default(z.int(), 0),
    decimalPlaces: z._default(z.int(), 0),
    updatedAt: z.optional(z.string()),
  });

/** A published product of the managed catalog (stashgg/public-api studio/v1 `Product`). */
export const ProductSchema = lazySchema(() => {
  const text = localizableText();
  return loose({
    productId: z.string(),
    name: z.optional(text),
    displayName: z.optional(text),
    description: z.optional(text),
    images: z.optional(
      loose({
        mainImage: z.optional(z.string()),
        backgroundImage: z.optional(z.string()),
      }),
    ),
    status: z.optional(z.string()),
    createdAt: z.optional(z.string()),
    updatedAt: z.optional(z.string()),
    prices: z._default(z.array(price()), []),
    /** `quantity` is a string for big integers. */
    items: z._default(
      z.array(
        loose({
          image: z.optional(z.string()),
          quantity: z.optional(z.string()),
          displayName: z.optional(text),
        }),
      ),
      [],
    ),
    offerStartTime: z.optional(z.string()),
    offerEndTime: z.optional(z.string()),
  });
});

/**
 * A published product; free gifts have no prices. Unknown fields are kept.
 *
 * @example
 * ```ts
 * for await (const product of client.listProducts()) console.log(product.productId, product.prices[0]?.cents);
 * ```
 */
export type Product = LazyOutput<typeof ProductSchema>;

export const ProductPageSchema = lazySchema(() =>
  loose({
    products: z._default(z.array(ProductSchema.schema), []),
    /** Absent on the last page. uint32 is a JSON number; a numeric string is taken too, as protobuf-JSON parsers do. */
    nextOffset: z.optional(
      z.union([
        z.int().check(z.nonnegative()),
        z.pipe(z.string().check(z.regex(/^\d+$/)), z.transform(Number)),
      ]),
    ),
  }),
);

/**
 * One page of products.
 *
 * @example
 * ```ts
 * const page: ProductPage = await client.listProductsPage({ limit: 100 });
 * ```
 */
export type ProductPage = LazyOutput<typeof ProductPageSchema>;

export const GetProductResponseSchema = lazySchema(() => loose({ product: ProductSchema.schema }));

export const ListProductsRequestSchema = lazySchema(() =>
  z.object({
    shopId: z.optional(z.uuid()),
    /** @default 50 (Stash's default) */
    limit: z.optional(z.int().check(z.gte(1), z.lte(100, { error: 'must be at most 100' }))),
    offset: z.optional(z.int().check(z.nonnegative())),
  }),
);

/** The shop alone, for calls that take no paging. */
export const ShopIdSchema = lazySchema(() =>
  z.pick(ListProductsRequestSchema.schema, { shopId: true }),
);

/**
 * Paging of `listProducts` / `listProductsPage`.
 *
 * @example
 * ```ts
 * const options: ListProductsOptions = { limit: 100 };
 * ```
 */
export type ListProductsOptions = LazyInput<typeof ListProductsRequestSchema>;
