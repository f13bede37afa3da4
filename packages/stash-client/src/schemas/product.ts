import { z } from 'zod';
import { loose } from './common.js';

const LocalizableText = loose({
  defaultText: z.string().optional(),
  localizationKey: z.string().optional(),
  localizedText: z.string().optional(),
});

const PriceSchema = loose({
  currency: z.string(),
  platform: z.string().optional(),
  region: z.string().optional(),
  /** Integer minor units (uint32 on the wire: exact, not a float), e.g. 499 for $4.99. */
  cents: z.number().int().default(0),
  decimalPlaces: z.number().int().default(0),
  updatedAt: z.string().optional(),
});

/** A published product of the managed catalog (stashgg/public-api studio/v1 `Product`). */
export const ProductSchema = loose({
  productId: z.string(),
  name: LocalizableText.optional(),
  displayName: LocalizableText.optional(),
  description: LocalizableText.optional(),
  images: loose({
    mainImage: z.string().optional(),
    backgroundImage: z.string().optional(),
  }).optional(),
  status: z.string().optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
  prices: z.array(PriceSchema).default([]),
  /** `quantity` is a string for big integers. */
  items: z
    .array(
      loose({
        image: z.string().optional(),
        quantity: z.string().optional(),
        displayName: LocalizableText.optional(),
      }),
    )
    .default([]),
  offerStartTime: z.string().optional(),
  offerEndTime: z.string().optional(),
});

/**
 * A published product; free gifts have no prices. Unknown fields are kept.
 *
 * @example
 * ```ts
 * for await (const product of client.listProducts()) console.log(product.productId, product.prices[0]?.cents);
 * ```
 */
export type Product = z.output<typeof ProductSchema>;

// uint32 is a JSON number; accept a numeric string too, as protobuf-JSON parsers do.
const Offset = z.union([
  z.number().int().nonnegative(),
  z.string().regex(/^\d+$/).transform(Number),
]);

export const ProductPageSchema = loose({
  products: z.array(ProductSchema).default([]),
  /** Absent on the last page. */
  nextOffset: Offset.optional(),
});

/**
 * One page of products.
 *
 * @example
 * ```ts
 * const page: ProductPage = await client.listProductsPage({ limit: 100 });
 * ```
 */
export type ProductPage = z.output<typeof ProductPageSchema>;

export const GetProductResponseSchema = loose({ product: ProductSchema });

export const ListProductsRequestSchema = z.object({
  shopId: z.uuid().optional(),
  /** @default 50 (Stash's default) */
  limit: z.number().int().min(1).max(100, { error: 'must be at most 100' }).optional(),
  offset: z.number().int().nonnegative().optional(),
});

/**
 * Paging of `listProducts` / `listProductsPage`.
 *
 * @example
 * ```ts
 * const options: ListProductsOptions = { limit: 100 };
 * ```
 */
export type ListProductsOptions = z.input<typeof ListProductsRequestSchema>;
