import { type LazyOutput, lazySchema } from '@core/auth/zod';
import * as z from 'zod/mini';
import { loose } from './common.js';

// proto3 JSON leaves out zero values, so every field may be missing; int64 and money
// arrive as strings and stay strings (research §3, public-api README).
export const PaymentSchema = lazySchema(() => {
  const item = loose({
    id: z.optional(z.string()),
    /** Decimal string, as sent. */
    pricePerItem: z.optional(z.string()),
    quantity: z.optional(z.number()),
    name: z.optional(z.string()),
    description: z.optional(z.string()),
  });
  return loose({
    status: z.optional(z.string()),
    items: z._default(z.array(item), []),
    timeMillis: z.optional(z.string()),
    currency: z.optional(z.string()),
    total: z.optional(z.string()),
    tax: z.optional(z.string()),
    bonusItems: z._default(z.array(z.unknown()), []),
  });
});

/**
 * A payment (GetPaymentEvent). `status` is a `PAYMENT_STATUS_*` string; money is decimal
 * strings; unknown fields are kept.
 *
 * @example
 * ```ts
 * const payment: Payment = await client.getPayment('pay_123');
 * if (payment.status === 'PAYMENT_STATUS_COMPLETED') grant(payment.items);
 * ```
 */
export type Payment = LazyOutput<typeof PaymentSchema>;
