import { z } from 'zod';
import { DecimalString, IdempotencyKey, loose, StashUserSchema } from './common.js';

const QuickPayItemSchema = z.object({
  id: z.string().min(1),
  /** Decimal string (the reference's samples: "0.99"). */
  pricePerItem: DecimalString,
  quantity: z.number().int().positive(),
  imageUrl: z.string().optional(),
  name: z.string().optional(),
  description: z.string().optional(),
});

const CatalogItemSchema = z.object({
  id: z.string().min(1),
  quantity: z.number().int().positive(),
});

/** Checks a Quick Pay request before any I/O; exactly one of `item` and `catalogItems`. */
export const QuickPayUrlRequestSchema = z
  .object({
    item: QuickPayItemSchema.optional(),
    catalogItems: z.array(CatalogItemSchema).min(1).optional(),
    bonusItems: z.array(CatalogItemSchema).optional(),
    user: StashUserSchema,
    transactionId: z.string().min(1).optional(),
    idempotencyKey: IdempotencyKey.optional(),
    regionCode: z.string().optional(),
    /** Stash Pay takes USD only (research §3). */
    currency: z.literal('USD').optional(),
    checkoutSessionId: z.string().optional(),
  })
  .refine((r) => (r.item === undefined) !== (r.catalogItems === undefined), {
    error: 'pass exactly one of item and catalogItems',
    path: ['item'],
  });

type QuickPayBase = Omit<z.input<typeof QuickPayUrlRequestSchema>, 'item' | 'catalogItems'>;

/**
 * A one-off item with its price.
 *
 * @example
 * ```ts
 * const item: QuickPayItem = { id: 'gems-100', pricePerItem: '0.99', quantity: 1, name: '100 gems' };
 * ```
 */
export type QuickPayItem = z.input<typeof QuickPayItemSchema>;

/**
 * A managed-catalog product by id.
 *
 * @example
 * ```ts
 * const ref: CatalogItemRef = { id: 'fake-sku-001', quantity: 1 };
 * ```
 */
export type CatalogItemRef = z.input<typeof CatalogItemSchema>;

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

export const QuickPayUrlSchema = loose({
  url: z.string(),
  id: z.string(),
  regionCode: z.string().optional(),
});

/**
 * A Quick Pay checkout URL; unknown fields are kept.
 *
 * @example
 * ```ts
 * const { url, id } = await client.createQuickPayUrl(input);
 * ```
 */
export type QuickPayUrl = z.output<typeof QuickPayUrlSchema>;
