import { type LazyInput, lazySchema } from '@core/auth/zod';
import * as z from 'zod/mini';

/**
 * A decimal amount as a string, e.g. `"0.99"`: money is never a float here (research §3:
 * the reference samples send `pricePerItem` as a decimal string).
 */
export const decimalString = () =>
  z.string().check(z.regex(/^\d+(\.\d+)?$/, { error: 'must be a decimal string such as "0.99"' }));

const buildStashUser = () =>
  z.object({
    /** Your id for the player. Must not contain ":" (research §2.2, stash-native matrix). */
    id: z.string().check(
      z.minLength(1, { error: 'is required' }),
      z.refine((id) => !id.includes(':'), { error: 'must not contain ":"' }),
    ),
    validatedEmail: z.optional(z.string()),
    profileImageUrl: z.optional(z.string()),
    displayName: z.optional(z.string()),
    regionCode: z.optional(z.string()),
    /** Omit it for desktop (research §2.2). */
    platform: z.optional(z.enum(['UNDEFINED', 'IOS', 'ANDROID'])),
  });

/** The player a checkout is for. */
export const StashUserSchema = lazySchema(buildStashUser);

/**
 * The player a checkout or URL is for.
 *
 * @example
 * ```ts
 * const user: StashUser = { id: 'player-42', platform: 'IOS' };
 * ```
 */
export type StashUser = LazyInput<typeof StashUserSchema>;

/** An idempotency key: sent as `transactionId`; with it, a checkout call may be retried. */
export const idempotencyKey = () => z.string().check(z.minLength(1), z.maxLength(255));

/** Response fields Stash may add later are kept: parsing never drops them. */
export const loose = z.looseObject;
