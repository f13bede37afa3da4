// The main job, for now: the core pipeline against a local server that checks an API key,
// fails now and then, and echoes what it was sent. Run it with `pnpm demo`.
import { startLoopbackServer } from '@acme/testing';
import {
  AuthenticationError,
  createPipeline,
  Secret,
  ServerError,
  staticCredential,
} from '@core/auth';

const KEY = 'demo_key_fake_0000000000000000000000beef';
const ok = (text) => console.log(`  \u2713 ${text}`);

const server = await startLoopbackServer({
  handler: (req) =>
    req.headers['x-api-key'] === KEY
      ? { json: { id: 'user_1', name: 'Ada' }, headers: { 'x-request-id': `req_${Date.now()}` } }
      : { status: 401, json: { error: `invalid key ${req.headers['x-api-key']}` } },
});

function client(key, extra = {}) {
  return createPipeline({
    baseUrl: server.url,
    allowInsecureHttp: true, // loopback only; anything else must be https
    provider: '@acme/demo',
    credentials: staticCredential({ apiKey: Secret.from(key) }),
    headers: (c) => ({ 'x-api-key': c.apiKey.reveal() }),
    retry: { limit: 2, baseDelayMs: 50 },
    ...extra,
  });
}

try {
  console.log(`Local API on ${server.url}\n`);

  const user = await client(KEY).request({ method: 'GET', path: '/users/user_1' });
  ok(`authenticated GET: ${JSON.stringify(user)} (key sent as ${Secret.from(KEY)})`);

  server.enqueue({ status: 503 }, { status: 502 });
  const retried = [];
  await client(KEY, {
    hooks: { onRetry: (e) => retried.push(`${e.status} after ${e.delayMs} ms`) },
  }).request({
    method: 'GET',
    path: '/users/user_1',
  });
  ok(`GET retried through ${retried.join(', ')} and succeeded`);

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
    .request({ method: 'GET', path: '/users/user_1' })
    .catch((error) => {
      if (!AuthenticationError.is(error)) throw error;
      const leaked =
        JSON.stringify(error).includes(wrongKey) || String(error.stack).includes(wrongKey);
      ok(
        `wrong key: ${error.name} ${error.status}; the server echoed the key, the error shows ${JSON.stringify(error.body)}`,
      );
      if (leaked) throw new Error('the key leaked into the error');
    });

  console.log('\nDemo finished: every step behaved as promised.');
} finally {
  await server.close();
}
