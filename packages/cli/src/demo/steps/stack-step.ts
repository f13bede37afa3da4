import { createStackServerClient } from '@acme/stack-client';
import { startStackServer } from '@acme/testing';
import { type DemoStep, LOCAL } from '../demo-step.js';

/** Stack Auth: a backend lists users and verifies a user's access token. */
export const stackStep: DemoStep = {
  id: 'stack',
  title: 'Stack Auth (backend)',
  run: async ({ open, ok, progress }) => {
    progress('starting the local Stack Auth server');
    const server = open(await startStackServer());
    const client = open(
      createStackServerClient({
        ...LOCAL,
        baseUrl: server.url,
        projectId: server.projectId,
        secretServerKey: server.keys.secretServerKey,
      }),
    );
    progress('listing users');
    const { items } = await client.listUsers({ limit: 3 });
    ok(`listUsers: ${items.map((u) => u.primaryEmail ?? u.id).join(', ')}`);
    progress("verifying a user's access token");
    const { accessToken } = await server.createSession(server.seededUserIds[0] ?? '');
    const claims = await client.verifyAccessToken(accessToken);
    ok(`verified a user's ES256 access token locally: user ${claims.userId}`);
  },
};
