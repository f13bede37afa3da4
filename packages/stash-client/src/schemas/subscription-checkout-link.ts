import { z } from 'zod';
import { IdempotencyKey, loose, StashUserSchema } from './common.js';

export const SubscriptionCheckoutLinkRequestSchema = z.object({
  /** The plan id. */
  plan: z.string().min(1),
  currency: z.string().min(3),
  user: StashUserSchema,
  referenceId: z.string().optional(),
  regionCode: z.string().optional(),
  paymentMethod: z.string().optional(),
  metadata: z.record(z.string(), z.string()).optional(),
  initialPayment: z.unknown().optional(),
  idempotencyKey: IdempotencyKey.optional(),
});

/**
 * Input of `createSubscriptionCheckoutLink`.
 *
 * @example
 * ```ts
 * const input: CreateSubscriptionCheckoutLinkRequest = { plan: 'plan_gold', currency: 'USD', user: { id: 'player-42' } };
 * ```
 */
export type CreateSubscriptionCheckoutLinkRequest = z.input<
  typeof SubscriptionCheckoutLinkRequestSchema
>;

export const SubscriptionCheckoutLinkSchema = loose({ id: z.string(), url: z.string() });

/**
 * A subscription checkout link.
 *
 * @example
 * ```ts
 * const { id, url } = await client.createSubscriptionCheckoutLink(input);
 * ```
 */
export type SubscriptionCheckoutLink = z.output<typeof SubscriptionCheckoutLinkSchema>;
