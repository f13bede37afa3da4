// Figure 7: 1 000 concurrent calls through one `withUser` client whose access token has expired:
// the refresh count (server.stats.refreshes, must be exactly 1) and failures (must be 0).
// Two cases: the client can see the expiry in the JWT (proactive refresh), and the server's
// clock has moved on so only the server knows (401 ACCESS_TOKEN_EXPIRED, refresh, replay).
// The server runs in this process here, to read its refresh counter and drive its clock.
import { createStackServerClient } from '@acme/stack-client';
import { startStackServer } from '@acme/testing';
import { row } from '../lib/stats.mjs';

export const title = '7. refresh stampede (1 000 calls, expired token)';

const CALLS = 1000;

async function stampede({ proactive }) {
  let skewMs = 0;
  const stack = await startStackServer({ clock: () => Date.now() + skewMs });
  try {
    return await run(stack, proactive, (ms) => {
      skewMs = ms;
    });
  } finally {
    await stack.close();
  }
}

async function run(stack, proactive, setSkewMs) {
  const client = createStackServerClient({
    projectId: stack.projectId,
    secretServerKey: stack.keys.secretServerKey,
    baseUrl: stack.url,
    allowInsecureHttp: true,
  });
  const userId = stack.seededUserIds[0];
  const tokens = proactive
    ? await stack.createSession(userId, { accessTokenExpiresInMs: -60_000 })
    : await stack.createSession(userId, { accessTokenExpiresInMs: 120_000 });
  // The server lives 10 minutes ahead: the token (2 min left for the client) is expired for it.
  if (!proactive) setSkewMs(600_000);
  const me = client.withUser({
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
  });
  const started = performance.now();
  const results = await Promise.allSettled(
    Array.from({ length: CALLS }, () => me.getCurrentUser()),
  );
  const ms = performance.now() - started;
  const failures = results.filter((result) => result.status === 'rejected');
  const wrongUser = results.filter(
    (result) => result.status === 'fulfilled' && result.value?.id !== userId,
  ).length;
  client.close();
  return {
    refreshes: stack.stats.refreshes,
    requestsSeenByServer: stack.loopback.requests.length,
    failures: failures.length + wrongUser,
    firstFailure: failures[0] === undefined ? undefined : String(failures[0].reason).slice(0, 300),
    ms,
  };
}

export async function measure() {
  const rows = [];
  for (const proactive of [true, false]) {
    const outcome = await stampede({ proactive });
    const label = proactive ? 'expired in the JWT' : 'expired on the server only (401 path)';
    rows.push(
      row({
        id: `7.${proactive ? 'proactive' : 'reactive'}.refreshes`,
        figure: `stampede refreshes, ${label} (must be 1)`,
        ours: outcome.refreshes,
        baseline: 1,
        unit: 'count',
        goal: 1,
        better: 'lower',
        extra: outcome,
      }),
      row({
        id: `7.${proactive ? 'proactive' : 'reactive'}.failures`,
        figure: `stampede failures of ${CALLS}, ${label} (must be 0)`,
        ours: outcome.failures,
        baseline: CALLS,
        unit: 'count',
        goal: 0,
        better: 'lower',
      }),
    );
    // "Exactly one": fewer than one refresh is a failure too.
    rows.at(-2).pass = outcome.refreshes === 1;
  }
  return rows;
}
