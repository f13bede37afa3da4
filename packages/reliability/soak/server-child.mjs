// The soak's servers: @acme/testing's Stake, Stack and Stash servers in their own process, so
// their heap and event loop are not the client's (2 cores: one each). Talks over IPC.
import { startStackServer, startStakeServer, startStashServer } from '@acme/testing';

/** The loopback kit logs every request, body included: empty it this often, counting first. */
const LOG_FLUSH_INTERVAL_MS = 1_000;

const stake = await startStakeServer();
const stack = await startStackServer();
const stash = await startStashServer();
const servers = { stake, stack, stash };
const seen = { stake: 0, stack: 0, stash: 0 };

function flushLogs() {
  for (const [name, server] of Object.entries(servers)) {
    seen[name] += server.loopback.requests.length;
    server.loopback.reset();
  }
}
const flushTimer = setInterval(flushLogs, LOG_FLUSH_INTERVAL_MS);

process.on('message', async (message) => {
  if (message.type === 'stats') {
    flushLogs();
    process.send({ type: 'stats', seen: { ...seen } });
  } else if (message.type === 'close') {
    clearInterval(flushTimer);
    await Promise.all(Object.values(servers).map((server) => server.close()));
    process.exit(0);
  }
});
// Never outlive the soak, even if it dies without saying goodbye.
process.on('disconnect', () => process.exit(0));

const { shopId, hmacSecret } = stash.credentials;
process.send({
  type: 'ready',
  stake: { url: stake.url, accessToken: stake.accounts[0]?.accessToken },
  stack: {
    url: stack.url,
    projectId: stack.projectId,
    secretServerKey: stack.keys.secretServerKey,
    userId: stack.seededUserIds[0],
  },
  stash: { url: stash.url, shopId, hmacSecret, paymentId: 'pay_fake_completed' },
});
