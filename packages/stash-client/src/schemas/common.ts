import { z } from 'zod';

/**
 * A decimal amount as a string, e.g. `"0.99"`: money is never a float here (research §3:
 * the reference samples send `pricePerItem` as a decimal string).
 */
export const DecimalString = z
  .string()
  .regex(/^\d+(\.\d+)?$/, { error: 'must be a decimal string such as "0.99"' });

/** The player a checkout is for. */
export const StashUserSchema = z.object({
  /** Your id for the player. Must not contain ":" (research §2.2, stash-native matrix). */
  id: z
    .string()
    .min(1, { error: 'is required' })
    .refine((id) => !id.includes(':'), { error: 'must not contain ":"' }),
  validatedEmail: z.string().optional(),
  profileImageUrl: z.string().optional(),
  displayName: z.string().optional(),
  regionCode: z.string().optional(),
  /** Omit it for desktop (research §2.2). */
  platform: z.enum(['UNDEFINED', 'IOS', 'ANDROID']).optional(),
});

/**
 * The player a checkout or URL is for.
 *
 * @example
 * ```ts
 * const user: StashUser = { id: 'player-42', platform: 'IOS' };
 * ```
 */
export type StashUser = z.input<typeof StashUserSchema>;

/** An idempotency key: sent as `transactionId`; with it, a checkout call may be retried. */
export const IdempotencyKey = z.string().min(1).max(255);

/** Response fields Stash may add later are kept: parsing never drops them. */
export const loose = z.looseObject;
