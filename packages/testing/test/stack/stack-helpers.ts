import { type StackServer, type StackServerOptions, startStackServer } from '@acme/testing';
import { afterEach } from 'vitest';

/** Starts Stack servers that are all closed after each test. */
export function useStackServers(): (options?: StackServerOptions) => Promise<StackServer> {
  const servers: StackServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  return async (options) => {
    const server = await startStackServer(options);
    servers.push(server);
    return server;
  };
}

export type AccessType = 'client' | 'server' | 'admin';

/** The headers research §1 prescribes for one access type, with only that type's key. */
export function authHeaders(
  stack: StackServer,
  type: AccessType,
  accessToken?: string,
): Record<string, string> {
  const keyHeader = {
    client: { 'x-stack-publishable-client-key': stack.keys.publishableClientKey },
    server: { 'x-stack-secret-server-key': stack.keys.secretServerKey },
    admin: { 'x-stack-super-secret-admin-key': stack.keys.superSecretAdminKey },
  }[type];
  return {
    'x-stack-access-type': type,
    'x-stack-project-id': stack.projectId,
    ...keyHeader,
    ...(accessToken === undefined ? {} : { 'x-stack-access-token': accessToken }),
  };
}

/** Parsed JSON, typed loosely for tests: read fields with `?.`, convert leaves with `String()`. */
export interface Wire {
  readonly [key: string]: Wire;
}

export interface CallResult {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** Parsed JSON, or `undefined` when the body is not JSON. */
  readonly body: Wire;
}

/** Plain fetch to `${url}/api/v1${path}`: the server is tested without the client. */
export async function call(
  stack: StackServer,
  method: string,
  path: string,
  init: { headers?: Record<string, string>; json?: unknown; body?: string } = {},
): Promise<CallResult> {
  const headers = { ...init.headers };
  let body = init.body;
  if (init.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.json);
  }
  const response = await fetch(`${stack.url}/api/v1${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, text, body: (parsed ?? {}) as Wire };
}

/** The first seeded user's id (a verified, normal user). */
export function firstUser(stack: StackServer): string {
  const [id] = stack.seededUserIds;
  if (id === undefined) throw new Error('no seeded users');
  return id;
}
