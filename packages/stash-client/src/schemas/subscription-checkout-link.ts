import { type LazyInput, type LazyOutput, lazySchema } from '@core/auth/zod';
import * as z from 'zod/mini';
import { idempotencyKey, loose, StashUserSchema } from './common.js';

export const SubscriptionCheckoutLinkRequestSchema = lazySchema(() =>
  z.object({
    /** The plan id. */
    plan: z.string().check(z.minLength(1)),
    currency: z.string().check(z.minLength(3)),
    user: StashUserSchema.schema,
    referenceId: z.optional(z.string()),
    regionCode: z.optional(z.string()),
    paymentMethod: z.optional(z.string()),
    metadata: z.optional(z.record(z.string(), z.string())),
    initialPayment: z.optional(z.unknown()),
    idempotencyKey: z.optional(idempotencyKey()),
  }),
);

/**
 * Input of `createSubscriptionCheckoutLink`.
 *
 * @example
 * ```ts
 * const input: CreateSubscriptionCheckoutLinkRequest = { plan: 'plan_gold', currency: 'USD', user: { id: 'player-42' } };
 * ```
 */
export type CreateSubscriptionCheckoutLinkRequest = LazyInput<
  typeof SubscriptionCheckoutLinkRequestSchema
>;

export const SubscriptionCheckoutLinkSchema = lazySchema(() =>
  loose({ id: z.string(), url: z.string() }),
);

/**
 * A subscription checkout link.
 *
 * @example
 * ```ts
 * const { id, url } = await client.createSubscriptionCheckoutLink(input);
 * ```
 */
export type SubscriptionCheckoutLink = LazyOutput<typeof SubscriptionCheckoutLinkSchema>;
