import { type LazyInput, lazySchema } from '@core/auth/zod';
import * as z from 'zod/mini';
import { flag, toWire } from './common.js';

/** A contact channel (research §4, `crud/contact-channels.ts`). */
export interface StackContactChannel {
  id: string;
  userId: string;
  value: string;
  type: 'email';
  usedForAuth: boolean;
  isVerified: boolean;
  isPrimary: boolean;
}

export const contactChannelSchema = lazySchema(() =>
  z.pipe(
    z.object({
      id: z.string(),
      user_id: z.string(),
      value: z.string(),
      type: z.literal('email'),
      used_for_auth: flag(),
      is_verified: flag(),
      is_primary: flag(),
    }),
    z.transform(
      (c): StackContactChannel => ({
        id: c.id,
        userId: c.user_id,
        value: c.value,
        type: c.type,
        usedForAuth: c.used_for_auth,
        isVerified: c.is_verified,
        isPrimary: c.is_primary,
      }),
    ),
  ),
);

/** `POST /contact-channels` body; `isVerified` needs server access. */
export const createContactChannelInput = lazySchema(() =>
  z.pipe(
    z.strictObject({
      userId: z.string().check(z.minLength(1)),
      value: z.string().check(z.minLength(1)),
      type: z._default(z.literal('email'), 'email'),
      usedForAuth: z.boolean(),
      isPrimary: z.optional(z.boolean()),
      isVerified: z.optional(z.boolean()),
    }),
    z.transform((fields) => toWire(fields)),
  ),
);
/** What {@link createContactChannelInput} accepts. */
export type CreateContactChannelInput = LazyInput<typeof createContactChannelInput>;

/** `PATCH /contact-channels/{user}/{id}` body. */
export const updateContactChannelInput = lazySchema(() =>
  z.pipe(
    z.strictObject({
      value: z.optional(z.string().check(z.minLength(1))),
      usedForAuth: z.optional(z.boolean()),
      isPrimary: z.optional(z.boolean()),
      isVerified: z.optional(z.boolean()),
    }),
    z.transform((fields) => toWire(fields)),
  ),
);
/** What {@link updateContactChannelInput} accepts. */
export type UpdateContactChannelInput = LazyInput<typeof updateContactChannelInput>;
