// The main job: each client's real flow against its local server from @acme/testing, plus
// the pipeline's guarantees. No account or network needed. Run it with `pnpm demo`.

import { createStackServerClient } from '@acme/stack-client';
import { formatAmount, parseCurl, StakeClient } from '@acme/stake-client';
import { parseWebhookEvent, StashClient } from '@acme/stash-client';
import {
  fakePurchaseSucceededEvent,
  startLoopbackServer,
  startStackServer,
  startStakeServer,
  startStashServer,
} from '@acme/testing';
import {
  AuthenticationError,
  createPipeline,
  Secret,
  ServerError,
  staticCredential,
} from '@core/auth';

const ok = (text) => console.log(`  \u2713 ${text}`);

// Node 20 has no `await using` in plain JavaScript: each step closes what it opened.
async function withClosing(step) {
  const opened = [];
  const open = (thing) => {
    opened.push(thing);
    return thing;
  };
  try {
    await step(open);
  } finally {
    for (const thing of opened.reverse()) await thing.close();
  }
}
const local = { allowInsecureHttp: true }; // loopback only; anything else must be https

async function stake(open) {
  console.log('Stake.com (account script)');
  const server = open(await startStakeServer());
  const [account] = server.accounts;
  // What "Copy as cURL" gives you in the browser's network tab, with a fake token.
  const pasted = `curl '${server.url}/_api/graphql' -H 'x-access-token: ${account.accessToken}' -b 'session=${account.accessToken}' --data-raw '{"query":"…"}'`;
  const { accessToken } = parseCurl(pasted);
  ok(`token read from a pasted curl: ${accessToken}`);
  const client = open(new StakeClient({ ...local, baseUrl: server.url, accessToken }));
  const { available } = await client.getUserBalances();
  const shown = Object.entries(available).map(([currency, amount]) =>
    formatAmount(amount, currency),
  );
  ok(`balances as exact decimals: ${shown.join(', ')}`);
}

async function stack(open) {
  console.log('Stack Auth (backend)');
  const server = open(await startStackServer());
  const client = open(
    createStackServerClient({
      ...local,
      baseUrl: server.url,
      projectId: server.projectId,
      secretServerKey: server.keys.secretServerKey,
    }),
  );
  const { items } = await client.listUsers({ limit: 3 });
  ok(`listUsers: ${items.map((u) => u.primaryEmail ?? u.id).join(', ')}`);
  const { accessToken } = await server.createSession(server.seededUserIds[0]);
  const claims = await client.verifyAccessToken(accessToken);
  ok(`verified a user's ES256 access token locally: user ${claims.userId}`);
}

async function stash(open) {
  console.log('Stash (shop server)');
  const server = open(await startStashServer());
  const { shopId, hmacSecret, webhookSecret } = server.credentials;
  const client = open(
    new StashClient({
      ...local,
      baseUrl: server.url,
      auth: { hmac: { shopId, secret: hmacSecret } },
    }),
  );
  const { url } = await client.createQuickPayUrl({
    item: { id: 'gems-100', pricePerItem: '0.99', quantity: 1, name: '100 gems' },
    user: { id: 'player-42' },
    idempotencyKey: 'order-42',
  });
  ok(`HMAC-signed quick-pay URL: ${url}`);
  const delivery = server.signWebhook(fakePurchaseSucceededEvent());
  const event = parseWebhookEvent(delivery.body, delivery.signature, webhookSecret);
  ok(`signed webhook verified: ${event.type}`);
}

async function pipeline(open) {
  console.log('The pipeline underneath');
  const KEY = 'demo_key_fake_0000000000000000000000beef';
  const server = open(
    await startLoopbackServer({
      handler: (req) =>
        req.headers['x-api-key'] === KEY
          ? { json: { ok: true } }
          : { status: 401, json: { error: `invalid key ${req.headers['x-api-key']}` } },
    }),
  );
  const client = (key) =>
    createPipeline({
      ...local,
      baseUrl: server.url,
      provider: '@acme/demo',
      credentials: staticCredential({ apiKey: Secret.from(key) }),
      headers: (c) => ({ 'x-api-key': c.apiKey.reveal() }),
      retry: { limit: 2, baseDelayMs: 50 },
    });

  server.enqueue({ status: 503 }, { status: 502 });
  await client(KEY).request({ method: 'GET', path: '/users/1' });
  ok(`GET retried through a 503 and a 502, then succeeded (${server.requests.length} requests)`);

  server.reset().enqueue({ status: 503 });
  await client(KEY)
    .request({ method: 'POST', path: '/payments', json: { amount: '9.99' } })
    .catch((error) => {
      if (!ServerError.is(error)) throw error;
      ok(
        `POST not retried on 503 (the server saw ${server.requests.length} request): nothing charged twice`,
      );
    });

  const wrongKey = 'wrong_key_fake_000000000000000000000bad';
  await client(wrongKey)
    .request({ method: 'GET', path: '/users/1' })
    .catch((error) => {
      if (!AuthenticationError.is(error)) throw error;
      if (JSON.stringify(error).includes(wrongKey) || String(error.stack).includes(wrongKey)) {
        throw new Error('the key leaked into the error');
      }
      ok(
        `wrong key: ${error.name} ${error.status}; the server echoed it, the error shows ${JSON.stringify(error.body)}`,
      );
    });
}

for (const step of [stake, stack, stash, pipeline]) {
  await withClosing(step);
  console.log('');
}
console.log('Demo finished: every step behaved as promised.');
