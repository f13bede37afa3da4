import { type LoopbackServer, startLoopbackServer } from '../loopback-server.js';
import type { RecordedRequest } from '../recorded-request.js';
import { createFakeStashCredentials, type FakeStashCredentials } from './fake-credentials.js';
import type { StashKeyEncoding } from './hmac-signature.js';
import {
  defaultStashPayments,
  defaultStashProducts,
  type StashPaymentFixture,
  type StashProductFixture,
} from './seed-data.js';
import { createStashRouter } from './stash-router.js';
import type { CreatedStashLink, StashState } from './stash-state.js';
import { type SignedStashWebhook, signStashWebhook } from './webhook-signing.js';

/**
 * Options of {@link startStashServer}.
 *
 * @example
 * ```ts
 * await startStashServer({ acceptApiKey: false, clock: () => fixedNow });
 * ```
 */
export interface StashServerOptions {
  /** Replaces some of the fake credentials, e.g. to play a rotated key. */
  credentials?: Partial<FakeStashCredentials>;
  /** False plays a shop created after the API-key deprecation (research §0.2). @default true */
  acceptApiKey?: boolean;
  /** How the HMAC and webhook secrets become key bytes. @default 'utf8' */
  keyEncoding?: StashKeyEncoding;
  /** The server's clock for the 5-minute HMAC window, in epoch ms. @default Date.now */
  clock?: () => number;
  /** @default defaultStashProducts() */
  products?: StashProductFixture[];
  /** @default defaultStashPayments() */
  payments?: Record<string, StashPaymentFixture>;
}

/** What a webhook endpoint answered; only 200 counts as delivered (research §5). */
export interface StashWebhookDelivery {
  readonly status: number;
  readonly delivered: boolean;
  readonly body: string;
}

/**
 * A local Stash: real auth checks, the reference endpoints, grpc-gateway errors, and signed
 * webhooks. `loopback` is the underlying {@link LoopbackServer} for faults and the request log.
 *
 * @example
 * ```ts
 * await using stash = await startStashServer();
 * stash.loopback.enqueue(stashGrpcError(14, 'unavailable'));
 * ```
 */
export interface StashServer extends AsyncDisposable {
  readonly url: string;
  readonly credentials: FakeStashCredentials;
  readonly loopback: LoopbackServer;
  /** Every request, faulted ones too (the loopback log). */
  readonly requests: readonly RecordedRequest[];
  /** Live product list; push or splice to change the catalog. */
  readonly products: StashProductFixture[];
  /** Live payments by id. */
  readonly payments: Record<string, StashPaymentFixture>;
  /** Quick Pay URLs created, in order. */
  readonly quickPayLinks: readonly CreatedStashLink[];
  /** Subscription checkout links created, in order. */
  readonly subscriptionLinks: readonly CreatedStashLink[];
  /** Whether X-Stash-Api-Key is accepted; settable. */
  acceptApiKey: boolean;
  /** Signs an event (an object, serialised once, or a raw string) with the webhook secret. */
  signWebhook(event: unknown, secret?: string): SignedStashWebhook;
  /** POSTs a signed event to `url` the way Stash delivers it. */
  deliverWebhook(url: string, event: unknown): Promise<StashWebhookDelivery>;
  close(): Promise<void>;
}

/**
 * Starts a fake Stash on 127.0.0.1 and a free port.
 *
 * @example
 * ```ts
 * await using stash = await startStashServer();
 * const client = new StashClient({
 *   baseUrl: stash.url,
 *   allowInsecureHttp: true,
 *   auth: { hmac: { shopId: stash.credentials.shopId, secret: stash.credentials.hmacSecret } },
 * });
 * ```
 */
export async function startStashServer(options: StashServerOptions = {}): Promise<StashServer> {
  const credentials = { ...createFakeStashCredentials(), ...options.credentials };
  const keyEncoding = options.keyEncoding ?? 'utf8';
  const state: StashState = {
    credentials,
    keyEncoding,
    now: options.clock ?? Date.now,
    acceptApiKey: options.acceptApiKey ?? true,
    linkBaseUrl: '',
    products: options.products ?? defaultStashProducts(),
    payments: options.payments ?? defaultStashPayments(),
    quickPayLinks: [],
    subscriptionLinks: [],
  };
  const loopback = await startLoopbackServer({ handler: createStashRouter(state) });
  state.linkBaseUrl = loopback.url;
  const signWebhook = (event: unknown, secret = credentials.webhookSecret): SignedStashWebhook =>
    signStashWebhook(event, secret, keyEncoding);
  return {
    url: loopback.url,
    credentials,
    loopback,
    requests: loopback.requests,
    products: state.products,
    payments: state.payments,
    quickPayLinks: state.quickPayLinks,
    subscriptionLinks: state.subscriptionLinks,
    get acceptApiKey() {
      return state.acceptApiKey;
    },
    set acceptApiKey(value: boolean) {
      state.acceptApiKey = value;
    },
    signWebhook,
    async deliverWebhook(url, event) {
      const signed = signWebhook(event);
      const response = await fetch(url, {
        method: 'POST',
        headers: signed.headers,
        body: signed.body,
      });
      return {
        status: response.status,
        delivered: response.status === 200,
        body: await response.text(),
      };
    },
    close: () => loopback.close(),
    [Symbol.asyncDispose]: () => loopback.close(),
  };
}
