import { lazySchema } from '@core/auth/zod';
import * as z from 'zod/mini';
import type { StashCallOptions } from '../client/stash-client-options.js';
import { type Payment, PaymentSchema } from '../schemas/payment.js';
import { parseInput } from '../validation/parse-input.js';
import { callOptions, type StashCallContext } from './call-context.js';

const PaymentId = lazySchema(() => z.string().check(z.minLength(1, { error: 'is required' })));

/** GET /sdk/server/payment/{id}: a GET, so retried on transient failures. */
export async function getPayment(
  context: StashCallContext,
  id: string,
  options?: StashCallOptions,
): Promise<Payment> {
  parseInput(PaymentId, id, 'getPayment');
  return context.pipeline.request({
    method: 'GET',
    path: `/sdk/server/payment/${encodeURIComponent(id)}`,
    schema: PaymentSchema,
    ...callOptions(options),
  });
}
