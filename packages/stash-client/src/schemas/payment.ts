import { z } from 'zod';
import { loose } from './common.js';

const PaymentItemSchema = loose({
  id: z.string().optional(),
  /** Decimal string, as sent. */
  pricePerItem: z.string().optional(),
  quantity: z.number().optional(),
  name: z.string().optional(),
  description: z.string().optional(),
});

// proto3 JSON leaves out zero values, so every field may be missing; int64 and money
// arrive as strings and stay strings (research §3, public-api README).
export const PaymentSchema = loose({
  status: z.string().optional(),
  items: z.array(PaymentItemSchema).default([]),
  timeMillis: z.string().optional(),
  currency: z.string().optional(),
  total: z.string().optional(),
  tax: z.string().optional(),
  bonusItems: z.array(z.unknown()).default([]),
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
export type Payment = z.output<typeof PaymentSchema>;
