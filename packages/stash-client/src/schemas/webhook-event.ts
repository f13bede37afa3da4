import { z } from 'zod';
import { loose } from './common.js';

// Webhook money is minor units as strings (research §5: `"price":"199"`). A number is taken
// too and kept as its string, so a signed delivery is never refused over it.
const Money = z.union([z.string(), z.number().transform(String)]);
const Count = z.union([z.number(), z.string()]);
const Millis = z.union([z.string(), z.number().transform(String)]);

const WebhookItem = loose({
  id: z.string().optional(),
  quantity: Count.optional(),
  price: Money.optional(),
});

/**
 * The data of each documented event (research §5, webhook-list page). proto3 JSON leaves out
 * empty fields, so everything but the order id is optional; unknown fields are kept.
 */
export const WEBHOOK_EVENT_DATA = {
  PURCHASE_SUCCEEDED: loose({
    orderId: z.string(),
    timeMillis: Millis.optional(),
    checkoutLinkId: z.string().optional(),
    currency: z.string().optional(),
    userId: z.string().optional(),
    items: z.array(WebhookItem).default([]),
    tax: Money.optional(),
    total: Money.optional(),
    regionCode: z.string().optional(),
    /** "StashPay" or "Cart" (Webshop). */
    source: z.string().optional(),
  }),
  PURCHASE_REFUNDED: loose({
    orderId: z.string().optional(),
    userId: z.string().optional(),
    items: z.array(WebhookItem).default([]),
    total: Money.optional(),
    currency: z.string().optional(),
  }),
  CREATE_PAYMENT_INTENT: loose({
    cartId: z.string().optional(),
    userId: z.string().optional(),
    items: z.array(WebhookItem).default([]),
    source: z.string().optional(),
  }),
  FREE_ITEM_REDEEMED: loose({
    userId: z.string().optional(),
    itemId: z.string().optional(),
    metadata: z.unknown().optional(),
  }),
  MUTATE_CART: loose({
    cartId: z.string().optional(),
    timeMillis: Millis.optional(),
    userId: z.string().optional(),
    items: z.array(WebhookItem).default([]),
    regionCode: z.string().optional(),
    source: z.string().optional(),
  }),
  VIEW_ITEM: loose({
    userId: z.string().optional(),
    itemId: z.string().optional(),
    regionCode: z.string().optional(),
  }),
  VIEW_CHECKOUT_PAGE: loose({ userId: z.string().optional(), regionCode: z.string().optional() }),
  VIEW_PRODUCT_DETAIL_PAGE: loose({
    userId: z.string().optional(),
    itemId: z.string().optional(),
    regionCode: z.string().optional(),
  }),
  CART_BUTTON_CLICK: loose({ userId: z.string().optional(), regionCode: z.string().optional() }),
} as const;

type EventData = typeof WEBHOOK_EVENT_DATA;

/** The documented event types. */
export type StashWebhookEventType = keyof EventData;

/** `"test"` or `"prod"` (research §5); older payloads may omit it. */
export type StashWebhookEnvironment = 'test' | 'prod' | (string & {}) | undefined;

/**
 * A documented event: `type` narrows `data`.
 *
 * @example
 * ```ts
 * if (event.type === 'PURCHASE_SUCCEEDED') grant(event.data.orderId, event.data.items);
 * ```
 */
export type KnownStashWebhookEvent = {
  [K in StashWebhookEventType]: {
    readonly type: K;
    readonly environment: StashWebhookEnvironment;
    readonly data: z.output<EventData[K]>;
    /** The whole parsed body. */
    readonly raw: Readonly<Record<string, unknown>>;
  };
}[StashWebhookEventType];

/**
 * An event type this version does not know (Stash adds events): `eventType` holds it.
 *
 * @example
 * ```ts
 * if (event.type === 'UNKNOWN') log.info('new Stash event', event.eventType);
 * ```
 */
export interface UnknownStashWebhookEvent {
  readonly type: 'UNKNOWN';
  readonly eventType: string;
  readonly environment: StashWebhookEnvironment;
  readonly data: Readonly<Record<string, unknown>>;
  readonly raw: Readonly<Record<string, unknown>>;
}

/**
 * What {@link parseWebhookEvent} returns: a union on `type`.
 *
 * @example
 * ```ts
 * switch (event.type) { case 'PURCHASE_SUCCEEDED': …; case 'PURCHASE_REFUNDED': …; }
 * ```
 */
export type StashWebhookEvent = KnownStashWebhookEvent | UnknownStashWebhookEvent;
