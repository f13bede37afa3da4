import type { RecordedRequest } from '../recorded-request.js';
import type { Handler, ScriptedResponse } from '../scripted-response.js';
import { getPayment, getProduct, listProducts } from './catalog-routes.js';
import { checkStashAuth } from './check-auth.js';
import {
  createSubscriptionCheckoutLink,
  generateAuthenticatedUrl,
  generateQuickPayUrl,
} from './checkout-routes.js';
import { stashGrpcError } from './grpc-status.js';
import { shopCall } from './shop-call-route.js';
import { GrpcFailure, type StashState } from './stash-state.js';

interface Route {
  readonly method: 'GET' | 'POST';
  readonly pattern: RegExp;
  /** The studio (managed catalog) service declares HMAC as its only scheme (studio/v1 proto). */
  readonly hmacOnly?: boolean;
  readonly run: (state: StashState, request: RecordedRequest, params: string[]) => unknown;
}

const ROUTES: readonly Route[] = [
  {
    method: 'POST',
    pattern: /^\/sdk\/server\/checkout_links\/generate_quick_pay_url$/,
    run: (state, request) => generateQuickPayUrl(state, request.body),
  },
  {
    method: 'POST',
    pattern: /^\/sdk\/server\/generate_url$/,
    run: (state, request) => generateAuthenticatedUrl(state, request.body),
  },
  {
    method: 'GET',
    pattern: /^\/sdk\/server\/payment\/([^/]+)$/,
    run: (state, _request, [id = '']) => getPayment(state, id),
  },
  {
    method: 'POST',
    pattern: /^\/sdk\/subscriptions\/checkout-links$/,
    run: (state, request) => createSubscriptionCheckoutLink(state, request.body),
  },
  {
    method: 'GET',
    pattern: /^\/sdk\/studio\/([^/]+)\/products$/,
    hmacOnly: true,
    run: (state, request, [shopId = '']) => listProducts(state, shopId, request.query),
  },
  {
    method: 'GET',
    pattern: /^\/sdk\/studio\/([^/]+)\/products\/([^/]+)$/,
    hmacOnly: true,
    run: (state, _request, [shopId = '', productId = '']) => getProduct(state, shopId, productId),
  },
  {
    method: 'POST',
    pattern: /^\/api\/v1\/sdk\/(.+)$/,
    run: (state, request, [endpoint = '']) => shopCall(state, endpoint, request.body),
  },
];

/**
 * Simple rules, in grpc-gateway's order: route first (an unknown path is 404
 * `{ code: 5, message: "Not Found" }`, a known path with another method is 501 UNIMPLEMENTED
 * "Method Not Allowed"), then authenticate, then run the method; errors are
 * `{ code, message, details }` with the gateway's HTTP status (research §4).
 */
export function createStashRouter(state: StashState): Handler {
  return (request) => {
    const matches = ROUTES.map((route) => ({ route, match: route.pattern.exec(request.path) }));
    const onPath = matches.filter((m) => m.match !== null);
    if (onPath.length === 0) return stashGrpcError(5, 'Not Found');
    const hit = onPath.find((m) => m.route.method === request.method);
    if (hit?.match == null) return stashGrpcError(12, 'Method Not Allowed');
    try {
      const auth = checkStashAuth(request, state);
      if (!auth.ok) return stashGrpcError(auth.code, auth.message);
      if (hit.route.hmacOnly === true && auth.scheme !== 'hmac') {
        return stashGrpcError(16, 'this endpoint requires HMAC authentication');
      }
      const params = hit.match.slice(1).map(decodeSegment);
      return ok(hit.route.run(state, request, params));
    } catch (error) {
      if (error instanceof GrpcFailure) {
        return stashGrpcError(error.code, error.message, { details: error.details });
      }
      throw error;
    }
  };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new GrpcFailure(3, 'malformed path segment');
  }
}

function ok(json: unknown): ScriptedResponse {
  return { status: 200, json, headers: { 'x-request-id': crypto.randomUUID() } };
}
