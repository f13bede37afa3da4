import { field, readJsonBody } from './read-json-body.js';
import { GrpcFailure, type StashState } from './stash-state.js';

/**
 * POST /api/v1/sdk/{endpoint}: the seed docs' generic shop call, with `shop_handle` in the
 * body. Whether Stash serves this surface is not confirmed (research §0.1 [A]), so the fake
 * checks the handle and echoes what it got: `{ endpoint, shopHandle, received }`.
 */
export function shopCall(state: StashState, endpoint: string, raw: string): unknown {
  const body = readJsonBody(raw);
  const handle = field(body, 'shopHandle');
  if (typeof handle !== 'string' || handle === '') {
    throw new GrpcFailure(3, 'invalid request: shop_handle is required');
  }
  if (handle !== state.credentials.shopHandle) throw new GrpcFailure(5, 'shop not found');
  return { endpoint, shopHandle: handle, received: body };
}
