import { z } from 'zod';
import { loose, StashUserSchema } from './common.js';

export const AuthenticatedUrlRequestSchema = z.object({
  user: StashUserSchema,
  /** Where the webshop opens. @default 'DEFAULT' (Stash's default when omitted) */
  target: z.enum(['DEFAULT', 'HOME', 'LOYALTY', 'ROOT', 'STORE', 'DAILY_STREAK']).optional(),
});

/**
 * Input of `generateAuthenticatedUrl`.
 *
 * @example
 * ```ts
 * const input: GenerateAuthenticatedUrlRequest = { user: { id: 'player-42' }, target: 'STORE' };
 * ```
 */
export type GenerateAuthenticatedUrlRequest = z.input<typeof AuthenticatedUrlRequestSchema>;

export const AuthenticatedUrlSchema = loose({ url: z.string() });

/**
 * A pre-authenticated webshop URL.
 *
 * @example
 * ```ts
 * const { url } = await client.generateAuthenticatedUrl({ user: { id: 'player-42' } });
 * ```
 */
export type AuthenticatedUrl = z.output<typeof AuthenticatedUrlSchema>;
