import { type StackServer, startStackServer } from '@acme/testing';
import {
  createStackAdminClient,
  createStackClient,
  createStackServerClient,
  type StackAdminClient,
  type StackClient,
  type StackServerClient,
} from '../src/index.js';
import { FAST_RETRY } from './fixtures.js';

/** The local Stack server and one client of each access type pointed at it. */
export interface LocalStack extends AsyncDisposable {
  stack: StackServer;
  server: StackServerClient;
  client: StackClient;
  admin: StackAdminClient;
}

/** Starts `startStackServer` and builds the three clients; `await using` closes it. */
export async function localStack(
  options: Parameters<typeof startStackServer>[0] = {},
): Promise<LocalStack> {
  const stack = await startStackServer(options);
  const common = {
    projectId: stack.projectId,
    baseUrl: stack.url,
    allowInsecureHttp: true,
    retry: FAST_RETRY,
  };
  return {
    stack,
    server: createStackServerClient({ ...common, secretServerKey: stack.keys.secretServerKey }),
    client: createStackClient({ ...common, publishableClientKey: stack.keys.publishableClientKey }),
    admin: createStackAdminClient({
      ...common,
      superSecretAdminKey: stack.keys.superSecretAdminKey,
    }),
    [Symbol.asyncDispose]: () => stack.close(),
  };
}

/** The paths the server saw, e.g. `GET /api/v1/users/me`. */
export function seen(stack: StackServer): string[] {
  return stack.loopback.requests.map((r) => `${r.method} ${r.path}`);
}

/** The first seeded user's id. */
export function firstUser(stack: StackServer): string {
  const [id] = stack.seededUserIds;
  if (id === undefined) throw new Error('the local Stack server seeded no user');
  return id;
}
