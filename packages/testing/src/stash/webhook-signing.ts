import { createHmac } from 'node:crypto';
import type { StashKeyEncoding } from './hmac-signature.js';
import { stashKeyBytes } from './hmac-signature.js';

/** The header Stash signs webhook deliveries with (research §5). */
export const STASH_WEBHOOK_SIGNATURE_HEADER = 'stash-hmac-signature';

/**
 * A webhook delivery ready to send: the exact body, its signature, and the headers Stash
 * sends with it.
 *
 * @example
 * ```ts
 * const { body, signature } = server.signWebhook(fakePurchaseSucceededEvent());
 * verifyWebhook(body, signature, server.credentials.webhookSecret); // true
 * ```
 */
export interface SignedStashWebhook {
  readonly body: string;
  /** base64(HMAC-SHA256(webhook secret, raw body)): 44 characters. */
  readonly signature: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** Signs `event` (serialised once, or sent as given when a string) with `secret`. */
export function signStashWebhook(
  event: unknown,
  secret: string,
  keyEncoding: StashKeyEncoding = 'utf8',
): SignedStashWebhook {
  const body = typeof event === 'string' ? event : JSON.stringify(event);
  const signature = createHmac('sha256', stashKeyBytes(secret, keyEncoding))
    .update(body, 'utf8')
    .digest('base64');
  return {
    body,
    signature,
    headers: { 'content-type': 'application/json', [STASH_WEBHOOK_SIGNATURE_HEADER]: signature },
  };
}

/**
 * A PURCHASE_SUCCEEDED event shaped like the docs' listener example: minor-unit strings for
 * money, `source` "StashPay".
 *
 * @example
 * ```ts
 * server.signWebhook(fakePurchaseSucceededEvent({ orderId: 'order_fake_2' }));
 * ```
 */
export function fakePurchaseSucceededEvent(
  overrides: Record<string, unknown> = {},
  environment: 'test' | 'prod' = 'test',
): Record<string, unknown> {
  return {
    type: 'PURCHASE_SUCCEEDED',
    environment,
    purchaseSucceeded: {
      timeMillis: '1767225600000',
      orderId: 'order_fake_1',
      checkoutLinkId: 'link_fake_1',
      currency: 'USD',
      userId: 'player-fake-1',
      items: [{ id: 'fake-sku-001', quantity: 2, price: '99' }],
      tax: '50',
      total: '248',
      regionCode: 'US',
      source: 'StashPay',
      ...overrides,
    },
  };
}
