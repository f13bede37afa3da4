// Stash from a shop server: a quick-pay checkout URL, and a webhook handler on node:http.
//
//   STASH_SHOP_ID=… STASH_INGRESS_SECRET=… STASH_WEBHOOK_SECRET=… STASH_ENVIRONMENT=test node examples/shop.mjs
//
// STASH_BASE_URL points it elsewhere (the tests use @acme/testing's local Stash server);
// PORT picks the webhook port (default: any free one).
import { createServer } from 'node:http';
import {
  parseWebhookEvent,
  STASH_WEBHOOK_SIGNATURE_HEADER,
  StashClient,
  WebhookPayloadError,
  WebhookSignatureError,
} from '@acme/stash-client';

const baseUrl = process.env.STASH_BASE_URL;
const stash = new StashClient({
  ...(baseUrl === undefined
    ? { environment: process.env.STASH_ENVIRONMENT === 'production' ? 'production' : 'test' }
    : { baseUrl, allowInsecureHttp: /^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(baseUrl) }),
  auth: {
    hmac: {
      shopId: process.env.STASH_SHOP_ID ?? '',
      secret: process.env.STASH_INGRESS_SECRET ?? '',
    },
  },
});

const { url } = await stash.createQuickPayUrl({
  item: { id: 'gems-100', pricePerItem: '0.99', quantity: 1, name: '100 gems' },
  user: { id: 'player-42' },
  idempotencyKey: `order-${Date.now()}`, // your order id: retried safely, never charged twice
});
console.log(`checkout: ${url}`);

const granted = new Set(); // Stash may deliver twice: grant once per order
const server = createServer(async (req, res) => {
  if (req.method !== 'POST' || req.url !== '/stash/webhooks') return void res.writeHead(404).end();
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  try {
    // The raw bytes, exactly as received: re-serialised JSON would no longer match.
    const event = parseWebhookEvent(
      Buffer.concat(chunks),
      req.headers[STASH_WEBHOOK_SIGNATURE_HEADER],
      process.env.STASH_WEBHOOK_SECRET ?? '',
    );
    if (event.type === 'PURCHASE_SUCCEEDED' && !granted.has(event.data.orderId)) {
      granted.add(event.data.orderId);
      console.log(`webhook: ${event.type} order ${event.data.orderId}: items granted`);
    } else {
      console.log(`webhook: ${event.type}`);
    }
    res.writeHead(200).end(); // only 200 counts: anything else makes Stash retry
  } catch (error) {
    if (WebhookSignatureError.is(error)) return void res.writeHead(401).end();
    if (WebhookPayloadError.is(error)) return void res.writeHead(400).end();
    res.writeHead(500).end(); // ours to fix (e.g. no secret set): Stash retries
  }
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const { port } = server.address();
  console.log(`webhooks: listening on http://127.0.0.1:${port}/stash/webhooks`);
});
process.on('SIGTERM', () => server.close(() => stash.close()));
