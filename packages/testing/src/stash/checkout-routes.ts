import { randomUUID } from 'node:crypto';
import { field, readJsonBody, requiredString, stringField } from './read-json-body.js';
import { type CreatedStashLink, GrpcFailure, type StashState } from './stash-state.js';

const DECIMAL = /^\d+(\.\d+)?$/;

/** The user rules every checkout shares (research §2.2: `user.id` must not contain `:`). */
function checkUser(body: unknown, request: string): string {
  const user = field(body, 'user');
  const id = requiredString(user, 'id', `${request}.User.Id`);
  if (id.includes(':')) {
    throw new GrpcFailure(3, `invalid ${request}.User.Id: value must not contain ":"`);
  }
  return id;
}

/**
 * POST /sdk/server/checkout_links/generate_quick_pay_url (research §3): exactly one of `item`
 * and `catalogItems`, a user, USD only. Answers `{ url, id, regionCode }`.
 */
export function generateQuickPayUrl(state: StashState, raw: string): unknown {
  const body = readJsonBody(raw);
  const name = 'GenerateQuickPayUrlRequest';
  const item = field(body, 'item');
  const catalogItems = field(body, 'catalogItems');
  const hasCatalog = Array.isArray(catalogItems) && catalogItems.length > 0;
  if ((item !== undefined) === hasCatalog) {
    throw new GrpcFailure(3, `invalid ${name}: exactly one of item and catalog_items must be set`);
  }
  if (item !== undefined) {
    requiredString(item, 'id', `${name}.Item.Id`);
    const price = stringField(item, 'pricePerItem');
    if (price === undefined || !DECIMAL.test(price)) {
      throw new GrpcFailure(3, `invalid ${name}.Item.PricePerItem: must be a decimal string`);
    }
  }
  checkUser(body, name);
  const currency = stringField(body, 'currency');
  if (currency !== undefined && currency !== 'USD') {
    throw new GrpcFailure(3, `invalid ${name}.Currency: only USD is supported`);
  }
  const regionCode =
    stringField(body, 'regionCode') ?? stringField(field(body, 'user'), 'regionCode') ?? 'US';
  const link = record(state.quickPayLinks, state, body, 'pay');
  return { url: link.url, id: link.id, regionCode };
}

const TARGETS = new Set(['DEFAULT', 'HOME', 'LOYALTY', 'ROOT', 'STORE', 'DAILY_STREAK']);

/** POST /sdk/server/generate_url: a pre-authenticated webshop URL for a user. */
export function generateAuthenticatedUrl(state: StashState, raw: string): unknown {
  const body = readJsonBody(raw);
  const userId = checkUser(body, 'GenerateUrlRequest');
  const target = stringField(body, 'target') ?? 'DEFAULT';
  if (!TARGETS.has(target)) {
    throw new GrpcFailure(3, `invalid GenerateUrlRequest.Target: unknown value "${target}"`);
  }
  const token = randomUUID();
  const path = target === 'DEFAULT' ? '' : `/${target.toLowerCase()}`;
  return {
    url: `${state.linkBaseUrl}/webshop${path}?user=${encodeURIComponent(userId)}&token=${token}`,
  };
}

/** POST /sdk/subscriptions/checkout-links: `{ plan, currency, user }` in, `{ id, url }` out. */
export function createSubscriptionCheckoutLink(state: StashState, raw: string): unknown {
  const body = readJsonBody(raw);
  const name = 'CreateSubscriptionCheckoutLinkRequest';
  requiredString(body, 'plan', `${name}.Plan`);
  requiredString(body, 'currency', `${name}.Currency`);
  checkUser(body, name);
  const link = record(state.subscriptionLinks, state, body, 'subscribe');
  return { id: link.id, url: link.url };
}

function record(
  list: CreatedStashLink[],
  state: StashState,
  body: Record<string, unknown>,
  kind: string,
): CreatedStashLink {
  const id = randomUUID();
  const link = {
    id,
    url: `${state.linkBaseUrl}/${kind}/${id}`,
    transactionId: stringField(body, 'transactionId'),
    request: body,
  };
  list.push(link);
  return link;
}
