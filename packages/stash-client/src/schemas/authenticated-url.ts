import { type LazyInput, type LazyOutput, lazySchema } from '@core/auth/zod';
import * as z from 'zod/mini';
import { loose, StashUserSchema } from './common.js';

export const AuthenticatedUrlRequestSchema = lazySchema(() =>
  z.object({
    user: StashUserSchema.schema,
    /** Where the webshop opens. @default 'DEFAULT' (Stash's default when omitted) */
    target: z.optional(z.enum(['DEFAULT', 'HOME', 'LOYALTY', 'ROOT', 'STORE', 'DAILY_STREAK'])),
  }),
);

/**
 * Input of `generateAuthenticatedUrl`.
 *
 * @example
 * ```ts
 * const input: GenerateAuthenticatedUrlRequest = { user: { id: 'player-42' }, target: 'STORE' };
 * ```
 */
export type GenerateAuthenticatedUrlRequest = LazyInput<typeof AuthenticatedUrlRequestSchema>;

export const AuthenticatedUrlSchema = lazySchema(() => loose({ url: z.string() }));

/**
 * A pre-authenticated webshop URL.
 *
 * @example
 * ```ts
 * const { url } = await client.generateAuthenticatedUrl({ user: { id: 'player-42' } });
 * ```
 */
export type AuthenticatedUrl = LazyOutput<typeof AuthenticatedUrlSchema>;
