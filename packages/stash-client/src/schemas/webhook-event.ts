import { lazyZod } from '@core/auth/zod';
import * as z from 'zod/mini';
import { loose } from './common.js';

function buildEventData() {
  // Webhook money is minor units as strings (research §5: `"price":"199"`). A number is taken
  // too and kept as its string, so a signed delivery is never refused over it.
  const money = () => z.union([z.string(), z.pipe(z.number(), z.transform(String))]);
  const count = z.union([z.number(), z.string()]);
  const millis = money;
  const optionalString = () => z.optional(z.string());
  const items = () =>
    z._default(
      z.array(
        loose({ id: optionalString(), quantity: z.optional(count), price: z.optional(money()) }),
      ),
      [],
    );
  return {
    PURCHASE_SUCCEEDED: loose({
      orderId: z.string(),
      timeMillis: z.optional(millis()),
      checkoutLinkId: optionalString(),
      currency: optionalString(),
      userId: optionalString(),
      items: items(),
      tax: z.optional(money()),
      total: z.optional(money()),
      regionCode: optionalString(),
      /** "StashPay" or "Cart" (Webshop). */
      source: optionalString(),
    }),
    PURCHASE_REFUNDED: loose({
      orderId: optionalString(),
      userId: optionalString(),
      items: items(),
      total: z.optional(money()),
      currency: optionalString(),
    }),
    CREATE_PAYMENT_INTENT: loose({
      cartId: optionalString(),
      userId: optionalString(),
      items: items(),
      source: optionalString(),
    }),
    FREE_ITEM_REDEEMED: loose({
      userId: optionalString(),
      itemId: optionalString(),
      metadata: z.optional(z.unknown()),
    }),
    MUTATE_CART: loose({
      cartId: optionalString(),
      timeMillis: z.optional(millis()),
      userId: optionalString(),
      items: items(),
      regionCode: optionalString(),
      source: optionalString(),
    }),
    VIEW_ITEM: loose({
      userId: optionalString(),
      itemId: optionalString(),
      regionCode: optionalString(),
    }),
    VIEW_CHECKOUT_PAGE: loose({ userId: optionalString(), regionCode: optionalString() }),
    VIEW_PRODUCT_DETAIL_PAGE: loose({
      userId: optionalString(),
      itemId: optionalString(),
      regionCode: optionalString(),
    }),
    CART_BUTTON_CLICK: loose({ userId: optionalString(), regionCode: optionalString() }),
  } as const;
}

/**
 * The data of each documented event (research §5, webhook-list page), built on first use.
 * proto3 JSON leaves out empty fields, so everything but the order id is optional; unknown
 * fields are kept.
 */
export const webhookEventData = lazyZod(buildEventData);

type EventData = ReturnType<typeof buildEventData>;

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
