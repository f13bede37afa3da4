import { z } from 'zod';
import { MAX_DECIMAL_EXPONENT, plainDecimalOf } from '../decimal/decimal.js';

/**
 * A JSON number as the client decodes it (an exact decimal string, or a safe integer), as
 * an exact plain decimal string. A value whose exponent is too large to print plainly
 * (`1e999`) fails validation instead of passing through in exponent form.
 *
 * @example
 * ```ts
 * const Tip = z.object({ amount: stakeDecimal, currency: z.string() });
 * ```
 */
export const stakeDecimal = z
  .union([z.string().regex(/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i), z.number().int()])
  .transform((value, ctx) => {
    const plain = plainDecimalOf(String(value));
    if (plain !== undefined) return plain;
    ctx.addIssue({
      code: 'custom',
      message: `decimal exponent beyond ±${MAX_DECIMAL_EXPONENT}: no plain form`,
    });
    return z.NEVER;
  });
