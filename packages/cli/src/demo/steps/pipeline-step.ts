import { startLoopbackServer } from '@acme/testing';
import {
  AuthenticationError,
  createPipeline,
  Secret,
  ServerError,
  staticCredential,
} from '@core/auth';
import { type DemoStep, LOCAL } from '../demo-step.js';

const KEY = 'demo_key_fake_0000000000000000000000beef';
const WRONG_KEY = 'wrong_key_fake_000000000000000000000bad';

/** The pipeline underneath: safe retries, no double charge, a wrong key echoed back masked. */
export const pipelineStep: DemoStep = {
  id: 'pipeline',
  title: 'The pipeline underneath',
  run: async ({ open, ok, progress }) => {
    progress('starting a scripted loopback server');
    const server = open(
      await startLoopbackServer({
        handler: (req) =>
          req.headers['x-api-key'] === KEY
            ? { json: { ok: true } }
            : { status: 401, json: { error: `invalid key ${req.headers['x-api-key']}` } },
      }),
    );
    const client = (key: string) =>
      createPipeline({
        ...LOCAL,
        baseUrl: server.url,
        provider: '@acme/demo',
        credentials: staticCredential({ apiKey: Secret.from(key) }),
        headers: (c) => ({ 'x-api-key': c.apiKey.reveal() }),
        retry: { limit: 2, baseDelayMs: 50 },
      });

    progress('a GET through a 503 and a 502');
    server.enqueue({ status: 503 }, { status: 502 });
    await client(KEY).request({ method: 'GET', path: '/users/1' });
    ok(`GET retried through a 503 and a 502, then succeeded (${server.requests.length} requests)`);

    progress('a POST on a 503');
    server.reset().enqueue({ status: 503 });
    const post = await client(KEY)
      .request({ method: 'POST', path: '/payments', json: { amount: '9.99' } })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    if (!ServerError.is(post)) throw new Error('the POST should have failed with a ServerError');
    ok(
      `POST not retried on 503 (the server saw ${server.requests.length} request): nothing charged twice`,
    );

    progress('a wrong key');
    const wrong = await client(WRONG_KEY)
      .request({ method: 'GET', path: '/users/1' })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    if (!AuthenticationError.is(wrong)) throw new Error('the wrong key should have been refused');
    if (JSON.stringify(wrong).includes(WRONG_KEY) || String(wrong.stack).includes(WRONG_KEY)) {
      throw new Error('the key leaked into the error');
    }
    ok(
      `wrong key: ${wrong.name} ${wrong.status}; the server echoed it, the error shows ${JSON.stringify(wrong.body)}`,
    );
  },
};
