import {
  type LoopbackServer,
  type LoopbackServerOptions,
  startLoopbackServer,
} from '@acme/testing';
import { afterEach, expect } from 'vitest';

/**
 * Returns a `start` function whose servers are all closed after each test, so a failing
 * assertion never leaves a port or a hanging socket behind.
 */
export function useServers(): (options?: LoopbackServerOptions) => Promise<LoopbackServer> {
  const servers: LoopbackServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  return async (options) => {
    const server = await startLoopbackServer(options);
    servers.push(server);
    return server;
  };
}

/** The `cause.code` of a rejected fetch, where undici puts the socket error. */
export async function causeCodeOf(promise: Promise<unknown>): Promise<unknown> {
  const error: unknown = await promise.then(
    () => expect.unreachable('expected the request to fail'),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(TypeError);
  const cause: unknown = (error as { cause?: unknown }).cause;
  return (cause as { code?: unknown } | undefined)?.code;
}
