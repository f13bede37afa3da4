import { z } from 'zod';
import { toPlainDecimal } from '../decimal/decimal.js';

/**
 * A JSON number as the client decodes it (an exact decimal string, or a safe integer), as
 * an exact plain decimal string. Use it in your own `graphql()` schemas for amounts.
 *
 * @example
 * ```ts
 * const Tip = z.object({ amount: stakeDecimal, currency: z.string() });
 * ```
 */
export const stakeDecimal = z
  .union([z.string().regex(/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i), z.number().int()])
  .transform((value) => toPlainDecimal(String(value)));
