import { ConfigurationError } from '@core/auth';
import { STASH_PROVIDER } from '../client/constants.js';

// Letters, digits and the separators endpoint names use; no query, fragment or `..`.
const ENDPOINT = /^[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/;

/** Checks a shop-call endpoint name (`checkout-links/generate`) and drops leading slashes. */
export function normalizeEndpoint(endpoint: unknown): string {
  const trimmed = typeof endpoint === 'string' ? endpoint.replace(/^\/+/, '') : '';
  if (!ENDPOINT.test(trimmed) || trimmed.split('/').some((s) => s === '..' || s === '.')) {
    throw new ConfigurationError(
      `request: endpoint ${typeof endpoint === 'string' ? JSON.stringify(endpoint.slice(0, 80)) : typeof endpoint} is not an endpoint name: pass the part after /api/v1/sdk/, e.g. "checkout-links/generate".`,
      { option: 'endpoint', provider: STASH_PROVIDER },
    );
  }
  return trimmed;
}

/**
 * The body of a shop call: `shop_handle` comes first, from the client's `shopHandle`, unless
 * the body has one (either casing; research §3 says both are accepted).
 */
export function withShopHandle(
  body: unknown,
  shopHandle: string | undefined,
): Record<string, unknown> {
  if (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body))) {
    throw new ConfigurationError(
      'request: body must be a plain object: its fields are merged with shop_handle.',
      { option: 'body', provider: STASH_PROVIDER },
    );
  }
  const fields = (body ?? {}) as Record<string, unknown>;
  const has = fields.shop_handle !== undefined || fields.shopHandle !== undefined;
  return has || shopHandle === undefined ? fields : { shop_handle: shopHandle, ...fields };
}
