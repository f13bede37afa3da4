import type { StashCallOptions } from '../client/stash-client-options.js';
import {
  type CreateQuickPayUrlRequest,
  type QuickPayUrl,
  QuickPayUrlRequestSchema,
  QuickPayUrlSchema,
} from '../schemas/quick-pay.js';
import {
  type CreateSubscriptionCheckoutLinkRequest,
  type SubscriptionCheckoutLink,
  SubscriptionCheckoutLinkRequestSchema,
  SubscriptionCheckoutLinkSchema,
} from '../schemas/subscription-checkout-link.js';
import { parseInput } from '../validation/parse-input.js';
import { callOptions, type StashCallContext } from './call-context.js';
import { checkoutBody } from './checkout-body.js';

/** POST /sdk/server/checkout_links/generate_quick_pay_url (research §3). */
export async function createQuickPayUrl(
  context: StashCallContext,
  input: CreateQuickPayUrlRequest,
  options?: StashCallOptions,
): Promise<QuickPayUrl> {
  parseInput(QuickPayUrlRequestSchema, input, 'createQuickPayUrl');
  const { json, idempotent } = checkoutBody(input, 'createQuickPayUrl');
  return context.pipeline.request({
    method: 'POST',
    path: '/sdk/server/checkout_links/generate_quick_pay_url',
    json,
    idempotent,
    schema: QuickPayUrlSchema,
    ...callOptions(options),
  });
}

/**
 * POST /sdk/subscriptions/checkout-links (research §3). The reference lists no
 * `transactionId` here, so nothing tells us Stash deduplicates it: this call is never
 * retried, with or without an idempotencyKey (which is still sent, in case it is honoured).
 */
export async function createSubscriptionCheckoutLink(
  context: StashCallContext,
  input: CreateSubscriptionCheckoutLinkRequest,
  options?: StashCallOptions,
): Promise<SubscriptionCheckoutLink> {
  parseInput(SubscriptionCheckoutLinkRequestSchema, input, 'createSubscriptionCheckoutLink');
  const { json } = checkoutBody(input, 'createSubscriptionCheckoutLink');
  return context.pipeline.request({
    method: 'POST',
    path: '/sdk/subscriptions/checkout-links',
    json,
    idempotent: false,
    schema: SubscriptionCheckoutLinkSchema,
    ...callOptions(options),
  });
}
