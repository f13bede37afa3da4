// Figure 8: verifyAccessToken (JWKS cached after the first call) vs bare jose.jwtVerify with a
// local JWKS, same token, same checks (ES256, issuer, audience, 5 s tolerance); ops/s ratio.
import { createStackServerClient } from '@acme/stack-client';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { measureLatency } from '../lib/interleave.mjs';
import { row } from '../lib/stats.mjs';

export const title = '8. verifyAccessToken vs jose.jwtVerify';

export async function measure(ctx) {
  const { info } = await ctx.stackServer();
  const client = createStackServerClient({
    projectId: info.projectId,
    secretServerKey: info.keys.secretServerKey,
    baseUrl: info.url,
    allowInsecureHttp: true,
  });
  const jwksUrl = `${info.url}/api/v1/projects/${info.projectId}/.well-known/jwks.json`;
  const jwks = createLocalJWKSet(await (await fetch(jwksUrl)).json());
  const options = {
    issuer: `${info.url}/api/v1/projects/${info.projectId}`,
    audience: info.projectId,
    algorithms: ['ES256'],
    clockTolerance: 5,
  };
  const token = info.accessToken;
  const variants = [
    {
      name: 'verifyAccessToken',
      call: async () => {
        const claims = await client.verifyAccessToken(token);
        if (claims.userId !== info.userId) throw new Error('verifyAccessToken: wrong user');
      },
    },
    {
      name: 'jose.jwtVerify',
      call: async () => {
        const { payload } = await jwtVerify(token, jwks, options);
        if (payload.sub !== info.userId) throw new Error('jwtVerify: wrong user');
      },
    },
  ];
  try {
    const us = await measureLatency(variants, { warmupCalls: 300, rounds: 9, calls: 400 });
    const opsPerSecond = Object.fromEntries(
      Object.entries(us).map(([name, value]) => [name, 1e6 / value]),
    );
    return [
      row({
        id: '8.verify',
        figure: 'verify ops/s: verifyAccessToken / jose.jwtVerify',
        ours: opsPerSecond.verifyAccessToken,
        baseline: opsPerSecond['jose.jwtVerify'],
        unit: 'ops/s',
        goal: 0.9,
        better: 'higher',
        extra: { microsecondsPerCall: us },
      }),
    ];
  } finally {
    client.close();
  }
}
