/** A product as the managed-catalog API returns it (stashgg/public-api studio/v1 `Product`). */
export interface StashProductFixture {
  productId: string;
  name: { defaultText: string };
  displayName: { defaultText: string };
  description: { defaultText: string };
  images: { mainImage: string };
  status: string;
  createdAt: string;
  updatedAt: string;
  prices: Array<{
    currency: string;
    platform: string;
    region: string;
    cents: number;
    decimalPlaces: number;
    updatedAt: string;
  }>;
  items: Array<{ image: string; quantity: string; displayName?: { defaultText: string } }>;
  [extra: string]: unknown;
}

/** A payment as GetPaymentEvent returns it; money as decimal strings (research §3). */
export interface StashPaymentFixture {
  status: string;
  items: Array<{
    id: string;
    pricePerItem: string;
    quantity: number;
    name: string;
    description: string;
  }>;
  timeMillis: string;
  currency: string;
  total: string;
  tax: string;
  bonusItems: unknown[];
  [extra: string]: unknown;
}

const UPDATED_AT = '2026-01-15T10:30:00Z';

function product(index: number, cents: number, coins: number): StashProductFixture {
  const id = `fake-sku-${String(index).padStart(3, '0')}`;
  return {
    productId: id,
    name: { defaultText: `Coin pack ${index}` },
    displayName: { defaultText: `${coins} coins` },
    description: { defaultText: `A fake pack of ${coins} coins.` },
    images: { mainImage: `https://example.com/fake/${id}.png` },
    status: 'PRODUCT_STATUS_PUBLISHED',
    // Most recent first, as the reference orders them.
    createdAt: new Date(Date.UTC(2026, 0, 30 - index)).toISOString(),
    updatedAt: UPDATED_AT,
    prices: [
      {
        currency: 'USD',
        platform: 'PRODUCT_PRICE_PLATFORM_UNIVERSAL',
        region: 'US',
        cents,
        decimalPlaces: 2,
        updatedAt: UPDATED_AT,
      },
    ],
    items: [{ image: 'https://example.com/fake/coin.png', quantity: String(coins) }],
  };
}

/**
 * Seven published products, enough for three pages at `limit: 3`.
 *
 * @example
 * ```ts
 * await startStashServer({ products: [...defaultStashProducts(), myProduct] });
 * ```
 */
export function defaultStashProducts(): StashProductFixture[] {
  return [
    product(1, 99, 100),
    product(2, 499, 550),
    product(3, 999, 1_200),
    product(4, 1_999, 2_500),
    product(5, 4_999, 6_500),
    product(6, 9_999, 14_000),
    // A gift: free products have no price entries (reference `Product.prices`).
    { ...product(7, 0, 10), prices: [] },
  ];
}

/**
 * Payments by id: `pay_fake_completed` (two items, tax) and `pay_fake_pending`.
 *
 * @example
 * ```ts
 * const payment = await client.getPayment('pay_fake_completed');
 * ```
 */
export function defaultStashPayments(): Record<string, StashPaymentFixture> {
  return {
    pay_fake_completed: {
      status: 'PAYMENT_STATUS_COMPLETED',
      items: [
        {
          id: 'fake-sku-001',
          pricePerItem: '0.99',
          quantity: 2,
          name: 'Coin pack 1',
          description: '',
        },
        {
          id: 'fake-sku-002',
          pricePerItem: '4.99',
          quantity: 1,
          name: 'Coin pack 2',
          description: '',
        },
      ],
      timeMillis: '1767225600000',
      currency: 'USD',
      total: '7.47',
      tax: '0.50',
      bonusItems: [],
    },
    pay_fake_pending: {
      status: 'PAYMENT_STATUS_PENDING',
      items: [
        {
          id: 'fake-sku-003',
          pricePerItem: '9.99',
          quantity: 1,
          name: 'Coin pack 3',
          description: '',
        },
      ],
      timeMillis: '1767225660000',
      currency: 'USD',
      total: '9.99',
      tax: '0',
      bonusItems: [],
    },
  };
}
