import { type LazyInput, type LazyOutput, lazySchema } from '@core/auth/zod';
import * as z from 'zod/mini';
import { decimalString, idempotencyKey, loose, StashUserSchema } from './common.js';

const buildQuickPayItem = () =>
  z.object({
    id: z.string().check(z.minLength(1)),
    /** Decimal string (the reference's samples: "0.99"). */
    pricePerItem: decimalString(),
    quantity: z.int().check(z.positive()),
    imageUrl: z.optional(z.string()),
    name: z.optional(z.string()),
    description: z.optional(z.string()),
  });

const buildCatalogItem = () =>
  z.object({
    id: z.string().check(z.minLength(1)),
    quantity: z.int().check(z.positive()),
  });

/** Checks a Quick Pay request before any I/O; exactly one of `item` and `catalogItems`. */
export const QuickPayUrlRequestSchema = lazySchema(() => {
  const catalogItem = buildCatalogItem();
  return z
    .object({
      item: z.optional(buildQuickPayItem()),
      catalogItems: z.optional(z.array(catalogItem).check(z.minLength(1))),
      bonusItems: z.optional(z.array(catalogItem)),
      user: StashUserSchema.schema,
      transactionId: z.optional(z.string().check(z.minLength(1))),
      idempotencyKey: z.optional(idempotencyKey()),
      regionCode: z.optional(z.string()),
      /** Stash Pay takes USD only (research §3). */
      currency: z.optional(z.literal('USD')),
      checkoutSessionId: z.optional(z.string()),
    })
    .check(
      z.refine((r) => (r.item === undefined) !== (r.catalogItems === undefined), {
        error: 'pass exactly one of item and catalogItems',
        path: ['item'],
      }),
    );
});

type QuickPayBase = Omit<LazyInput<typeof QuickPayUrlRequestSchema>, 'item' | 'catalogItems'>;

/**
 * A one-off item with its price.
 *
 * @example
 * ```ts
 * const item: QuickPayItem = { id: 'gems-100', pricePerItem: '0.99', quantity: 1, name: '100 gems' };
 * ```
 */
export type QuickPayItem = z.input<ReturnType<typeof buildQuickPayItem>>;

/**
 * A managed-catalog product by id.
 *
 * @example
 * ```ts
 * const ref: CatalogItemRef = { id: 'fake-sku-001', quantity: 1 };
 * ```
 */
export type CatalogItemRef = z.input<ReturnType<typeof buildCatalogItem>>;

/**
 * Input of `createQuickPayUrl`: `item` or `catalogItems`, never both (the compiler and the
 * pre-flight check both refuse). `idempotencyKey` is sent as `transactionId`.
 *
 * @example
 * ```ts
 * const input: CreateQuickPayUrlRequest = { item, user: { id: 'player-42' }, idempotencyKey: 'order-42' };
 * ```
 */
export type CreateQuickPayUrlRequest = QuickPayBase &
  (
    | { item: QuickPayItem; catalogItems?: undefined }
    | { catalogItems: CatalogItemRef[]; item?: undefined }
  );

export const QuickPayUrlSchema = lazySchema(() =>
  loose({
    url: z.string(),
    id: z.string(),
    regionCode: z.optional(z.string()),
  }),
);

/**
 * A Quick Pay checkout URL; unknown fields are kept.
 *
 * @example
 * ```ts
 * const { url, id } = await client.createQuickPayUrl(input);
 * ```
 */
export type QuickPayUrl = LazyOutput<typeof QuickPayUrlSchema>;
