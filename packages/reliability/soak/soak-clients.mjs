// The soak's workload: the three built clients (each package's dist, through its exports),
// and the mix of calls, one read per client in turn.

import { createStackServerClient } from '@acme/stack-client';
import { StakeClient } from '@acme/stake-client';
import { StashClient } from '@acme/stash-client';

/**
 * Builds each client against the servers in `info`, counting retries through the pipeline
 * hooks: a retry would hide an error from the error count, so the report shows both.
 */
export function createSoakClients(info) {
  const counters = { retries: 0 };
  const shared = {
    // The loopback servers speak http, which the clients allow for 127.0.0.1 only.
    allowInsecureHttp: true,
    hooks: { onRetry: () => counters.retries++ },
  };
  const stake = new StakeClient({
    ...shared,
    baseUrl: info.stake.url,
    accessToken: info.stake.accessToken,
    // Stake's client-side bucket (10/s by default) protects stake.com; a soak on loopback
    // would only measure the bucket.
    rateLimit: false,
  });
  const stack = createStackServerClient({
    ...shared,
    baseUrl: info.stack.url,
    projectId: info.stack.projectId,
    secretServerKey: info.stack.secretServerKey,
  });
  const stash = new StashClient({
    ...shared,
    baseUrl: info.stash.url,
    auth: { hmac: { shopId: info.stash.shopId, secret: info.stash.hmacSecret } },
  });

  /** The calls in turn: request i runs `calls[i % 3]`. Each checks what it got back. */
  const calls = [
    {
      name: 'stack getUser',
      server: 'stack',
      run: async () => {
        const user = await stack.getUser(info.stack.userId);
        if (user?.id !== info.stack.userId) throw new Error('getUser returned another user');
      },
    },
    {
      name: 'stash getPayment',
      server: 'stash',
      run: async () => {
        const payment = await stash.getPayment(info.stash.paymentId);
        if (payment.items.length === 0) throw new Error('getPayment returned no items');
      },
    },
    {
      name: 'stake getUserBalances',
      server: 'stake',
      run: async () => {
        const { available } = await stake.getUserBalances();
        if (Object.keys(available).length === 0) throw new Error('no balances');
      },
    },
  ];
  const close = async () => {
    await stake.close();
    stack.close();
    stash.close();
  };
  return { calls, counters, close };
}
