import { createServer } from 'node:http';
import { Loopback } from './loopback.js';
import type { RecordedRequest } from './recorded-request.js';
import type { Handler, ScriptedResponse } from './scripted-response.js';

/**
 * Options for {@link startLoopbackServer}.
 *
 * @example
 * ```ts
 * await startLoopbackServer({ handler: () => ({ json: { ok: true } }) });
 * ```
 */
export interface LoopbackServerOptions {
  /**
   * Answers requests when no enqueued step is left.
   * @default a 404 with JSON `{ "error": "no handler for GET /path" }`
   */
  handler?: Handler;
}

/**
 * A real HTTP server on `127.0.0.1` that answers from a script and logs every request.
 *
 * Simple rules: each request is logged (body included) before it is answered; the answer is
 * the next enqueued step if any, else the handler's; a handler that throws gets a 500.
 *
 * @example
 * ```ts
 * await using server = await startLoopbackServer();
 * server.enqueue({ fault: 'reset' }, { status: 201, json: { id: 'ch_1' } });
 * await fetch(`${server.url}/charges`, { method: 'POST' }).catch(() => {}); // ECONNRESET
 * const retried = await fetch(`${server.url}/charges`, { method: 'POST' }); // 201
 * expect(server.requests).toHaveLength(2);
 * ```
 */
export interface LoopbackServer extends AsyncDisposable {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly url: string;
  /** The port the system picked. */
  readonly port: number;
  /** Every request in arrival order, faulted ones included; a live array that `reset()` empties. */
  readonly requests: readonly RecordedRequest[];
  /** Adds one-shot steps, used one per request in order, before the handler is asked. */
  enqueue(...responses: ScriptedResponse[]): this;
  /** Replaces the handler that answers once the queue is empty. */
  setHandler(handler: Handler): this;
  /** Empties the queue and the request log; keeps the handler. */
  reset(): this;
  /** Stops listening and destroys every open socket, hanging ones included. Safe to call twice. */
  close(): Promise<void>;
}

const notFound: Handler = (request) => ({
  status: 404,
  json: { error: `no handler for ${request.method} ${request.path}` },
});

/**
 * Starts a {@link LoopbackServer} on `127.0.0.1` and a free port.
 *
 * @example
 * ```ts
 * const server = await startLoopbackServer({ handler: () => ({ json: [] }) });
 * afterEach(() => server.close());
 * ```
 */
export async function startLoopbackServer(
  options: LoopbackServerOptions = {},
): Promise<LoopbackServer> {
  const server = new Loopback(createServer(), options.handler ?? notFound);
  await server.listen();
  return server;
}
