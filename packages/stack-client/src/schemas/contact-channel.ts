import { z } from 'zod';
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

export const contactChannelSchema = z
  .object({
    id: z.string(),
    user_id: z.string(),
    value: z.string(),
    type: z.literal('email'),
    used_for_auth: flag,
    is_verified: flag,
    is_primary: flag,
  })
  .transform(
    (c): StackContactChannel => ({
      id: c.id,
      userId: c.user_id,
      value: c.value,
      type: c.type,
      usedForAuth: c.used_for_auth,
      isVerified: c.is_verified,
      isPrimary: c.is_primary,
    }),
  );

/** `POST /contact-channels` body; `isVerified` needs server access. */
export const createContactChannelInput = z
  .strictObject({
    userId: z.string().min(1),
    value: z.string().min(1),
    type: z.literal('email').default('email'),
    usedForAuth: z.boolean(),
    isPrimary: z.boolean().optional(),
    isVerified: z.boolean().optional(),
  })
  .transform(toWire);
/** What {@link createContactChannelInput} accepts. */
export type CreateContactChannelInput = z.input<typeof createContactChannelInput>;

/** `PATCH /contact-channels/{user}/{id}` body. */
export const updateContactChannelInput = z
  .strictObject({
    value: z.string().min(1).optional(),
    usedForAuth: z.boolean().optional(),
    isPrimary: z.boolean().optional(),
    isVerified: z.boolean().optional(),
  })
  .transform(toWire);
/** What {@link updateContactChannelInput} accepts. */
export type UpdateContactChannelInput = z.input<typeof updateContactChannelInput>;
