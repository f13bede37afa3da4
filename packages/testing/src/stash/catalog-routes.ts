import { GrpcFailure, type StashState } from './stash-state.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The reference's page size when `limit` is absent, and its ceiling (studio/v1 proto). */
export const STASH_DEFAULT_PAGE_LIMIT = 50;
export const STASH_MAX_PAGE_LIMIT = 100;

/** The studio paths carry the shop id, which must be a UUID and the signer's own shop. */
function checkShop(state: StashState, shopId: string, request: string): void {
  if (!UUID.test(shopId)) {
    throw new GrpcFailure(3, `invalid ${request}.ShopId: value must be a valid UUID`);
  }
  if (shopId !== state.credentials.shopId) {
    throw new GrpcFailure(7, 'shop id does not match the authenticated shop');
  }
}

function uint(query: URLSearchParams, name: string, request: string): number | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  if (!/^\d+$/.test(raw)) {
    throw new GrpcFailure(3, `invalid ${request}.${name}: value must be an unsigned integer`);
  }
  return Number(raw);
}

/** GET /sdk/studio/{shopId}/products?limit&offset → `{ products, nextOffset? }`. */
export function listProducts(state: StashState, shopId: string, query: URLSearchParams): unknown {
  const name = 'ListProductsRequest';
  checkShop(state, shopId, name);
  const limit = uint(query, 'limit', name) ?? STASH_DEFAULT_PAGE_LIMIT;
  if (limit > STASH_MAX_PAGE_LIMIT) {
    throw new GrpcFailure(3, `invalid ${name}.Limit: value must be less than or equal to 100`);
  }
  const offset = uint(query, 'offset', name) ?? 0;
  const size = limit === 0 ? STASH_DEFAULT_PAGE_LIMIT : limit;
  const products = state.products.slice(offset, offset + size);
  const next = offset + products.length;
  // proto3 JSON omits an unset optional: no nextOffset on the last page.
  return next < state.products.length ? { products, nextOffset: next } : { products };
}

/** GET /sdk/studio/{shopId}/products/{productId} → `{ product }`, or NOT_FOUND. */
export function getProduct(state: StashState, shopId: string, productId: string): unknown {
  checkShop(state, shopId, 'GetProductRequest');
  const product = state.products.find((p) => p.productId === productId);
  if (product === undefined) throw new GrpcFailure(5, 'product not found');
  return { product };
}

/** GET /sdk/server/payment/{id} → the payment, or NOT_FOUND. */
export function getPayment(state: StashState, id: string): unknown {
  const payment = state.payments[id];
  if (payment === undefined) throw new GrpcFailure(5, 'payment not found');
  return payment;
}
