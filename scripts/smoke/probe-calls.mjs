// One real loopback call per client against the @acme/testing servers, through the ESM
// build (`esm`) or the CJS build (`cjs`, loaded with require()). Prints one JSON line.
import { createRequire } from 'node:module';

const build = process.argv[2] === 'cjs' ? 'cjs' : 'esm';
const require = createRequire(import.meta.url);
const load = (name) => (build === 'cjs' ? Promise.resolve(require(name)) : import(name));

const testing = await load('@acme/testing');
const { StakeClient } = await load('@acme/stake-client');
const { createStackServerClient } = await load('@acme/stack-client');
const { StashClient } = await load('@acme/stash-client');
// The loopback servers speak http, which the clients allow for 127.0.0.1 only.
const local = { allowInsecureHttp: true };

// Plain try/finally, not `await using`: Node 20 does not parse it in .mjs files.
async function withServer(start, use) {
  const server = await start();
  try {
    return await use(server);
  } finally {
    await server.close();
  }
}

async function withClient(client, use) {
  try {
    return await use(client);
  } finally {
    await client.close();
  }
}

const calls = {
  '@acme/stake-client getUserBalances': () =>
    withServer(testing.startStakeServer, (server) => {
      const accessToken = server.accounts[0]?.accessToken;
      const client = new StakeClient({ ...local, baseUrl: server.url, accessToken });
      return withClient(client, async () => {
        const { available } = await client.getUserBalances();
        return `${Object.keys(available).length} currencies`;
      });
    }),
  '@acme/stack-client getUser': () =>
    withServer(testing.startStackServer, (server) => {
      const client = createStackServerClient({
        ...local,
        baseUrl: server.url,
        projectId: server.projectId,
        secretServerKey: server.keys.secretServerKey,
      });
      return withClient(client, async () => {
        const user = await client.getUser(server.seededUserIds[0] ?? '');
        if (user === null) throw new Error('the seeded user was not found');
        return `user ${user.id.slice(0, 8)}…`;
      });
    }),
  '@acme/stash-client getPayment': () =>
    withServer(testing.startStashServer, (server) => {
      const { shopId, hmacSecret } = server.credentials;
      const auth = { hmac: { shopId, secret: hmacSecret } };
      const client = new StashClient({ ...local, baseUrl: server.url, auth });
      return withClient(client, async () => {
        const payment = await client.getPayment('pay_fake_completed');
        return `payment ${payment.status ?? '(no status)'}`;
      });
    }),
};

const checks = [];
for (const [name, call] of Object.entries(calls)) {
  try {
    checks.push({ name: `${name} (${build})`, ok: true, detail: await call() });
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    checks.push({ name: `${name} (${build})`, ok: false, detail });
  }
}
process.stdout.write(`${JSON.stringify({ checks })}\n`);
