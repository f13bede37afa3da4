import { lazyZod } from '@core/auth/zod';
import * as z from 'zod/mini';
import { MAX_DECIMAL_EXPONENT, plainDecimalOf } from '../decimal/decimal.js';

const buildStakeDecimal = () =>
  z.pipe(
    z.union([z.string().check(z.regex(/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i)), z.int()]),
    z.transform((value, ctx) => {
      const plain = plainDecimalOf(String(value));
      if (plain !== undefined) return plain;
      ctx.issues.push({
        code: 'custom',
        message: `decimal exponent beyond ±${MAX_DECIMAL_EXPONENT}: no plain form`,
        input: value,
      });
      return z.NEVER;
    }),
  );

/**
 * A JSON number as the client decodes it (an exact decimal string, or a safe integer), as
 * an exact plain decimal string. A value whose exponent is too large to print plainly
 * (`1e999`) fails validation instead of passing through in exponent form.
 *
 * Built when the package is imported, unlike the client's own schemas: callers compose it
 * into theirs, so it must be a schema value (a zod/mini schema; it composes into zod classic
 * schemas as well).
 *
 * @example
 * ```ts
 * const Tip = z.object({ amount: stakeDecimal, currency: z.string() });
 * ```
 */
export const stakeDecimal: ReturnType<typeof buildStakeDecimal> = lazyZod(buildStakeDecimal)();
