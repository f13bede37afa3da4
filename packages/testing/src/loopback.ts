import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { untilAborted } from './abortable-wait.js';
import type { LoopbackServer } from './loopback-server.js';
import { type RecordedRequest, readRecordedRequest } from './recorded-request.js';
import { RequestLog } from './request-log.js';
import {
  assertScriptedResponse,
  type Handler,
  type ScriptedResponse,
} from './scripted-response.js';
import { writeScriptedResponse } from './write-scripted-response.js';

/** What is known about a request the moment its headers arrive. */
interface Arrival {
  readonly arrival: number;
  readonly receivedAt: number;
  readonly step: ScriptedResponse | undefined;
}

/**
 * The {@link LoopbackServer} behind {@link startLoopbackServer}: routes each request through
 * log, queue or handler, and writer, and tracks sockets and in-flight work for `close()`.
 */
export class Loopback implements LoopbackServer {
  readonly #server: Server;
  #handler: Handler;
  #port = 0;
  #closing: Promise<void> | undefined;
  readonly #queue: ScriptedResponse[] = [];
  readonly #log = new RequestLog();
  readonly #sockets = new Set<Socket>();
  readonly #inFlight = new Map<AbortController, Promise<void>>();

  constructor(server: Server, handler: Handler) {
    this.#server = server;
    this.#handler = handler;
    server.on('connection', (socket: Socket) => {
      this.#sockets.add(socket);
      socket.once('close', () => this.#sockets.delete(socket));
    });
    server.on('request', (request: IncomingMessage, response: ServerResponse) =>
      this.#accept(request, response),
    );
  }

  get url(): string {
    return `http://127.0.0.1:${this.#port}`;
  }

  get port(): number {
    return this.#port;
  }

  get requests(): readonly RecordedRequest[] {
    return this.#log.entries;
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(0, '127.0.0.1', () => {
        this.#server.off('error', reject);
        resolve();
      });
    });
    const address = this.#server.address();
    // Only a pipe or a server that is not listening has no port; neither can happen here.
    if (address === null || typeof address === 'string') {
      throw new Error('[@acme/testing] The loopback server is not listening on a TCP port.');
    }
    this.#port = address.port;
  }

  enqueue(...responses: ScriptedResponse[]): this {
    for (const response of responses) assertScriptedResponse(response);
    this.#queue.push(...responses);
    return this;
  }

  setHandler(handler: Handler): this {
    this.#handler = handler;
    return this;
  }

  reset(): this {
    this.#queue.length = 0;
    this.#log.clear();
    return this;
  }

  close(): Promise<void> {
    this.#closing ??= this.#shutDown();
    return this.#closing;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  async #shutDown(): Promise<void> {
    const stopped = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    // Abort first so no delay or slow body writes again; the aborts also clear their timers.
    for (const controller of this.#inFlight.keys()) controller.abort();
    this.#server.closeAllConnections();
    for (const socket of this.#sockets) socket.destroy();
    await Promise.all([stopped, ...this.#inFlight.values()]);
  }

  #accept(request: IncomingMessage, response: ServerResponse): void {
    const arrival = this.#log.arrive();
    const receivedAt = Date.now();
    // Taken now, not after the body, so steps go to requests in arrival order.
    const step = this.#queue.shift();
    const controller = new AbortController();
    const abort = (): void => controller.abort();
    const { socket } = request;
    socket.once('close', abort);
    if (this.#closing !== undefined) controller.abort();
    const done = this.#respond(request, response, { arrival, receivedAt, step }, controller.signal)
      .catch(() => {
        response.destroy();
      })
      .finally(() => {
        socket.off('close', abort);
        this.#inFlight.delete(controller);
      });
    this.#inFlight.set(controller, done);
  }

  async #respond(
    request: IncomingMessage,
    response: ServerResponse,
    { arrival, receivedAt, step }: Arrival,
    signal: AbortSignal,
  ): Promise<void> {
    const recorded = await readRecordedRequest(request, receivedAt);
    this.#log.add(arrival, recorded);
    try {
      const answer = step ?? (await this.#ask(recorded, signal));
      if (answer !== undefined) await writeScriptedResponse(response, answer, signal);
    } catch (error) {
      if (signal.aborted) return;
      if (response.headersSent) throw error;
      const message = error instanceof Error ? error.message : String(error);
      await writeScriptedResponse(response, { status: 500, json: { error: message } }, signal);
    }
  }

  /** The handler's answer, checked; `undefined` when the request was aborted meanwhile. */
  async #ask(request: RecordedRequest, signal: AbortSignal): Promise<ScriptedResponse | undefined> {
    const answer = await Promise.race([this.#handler(request), untilAborted(signal)]);
    if (signal.aborted) return undefined;
    if (typeof answer !== 'object' || answer === null) {
      throw new Error(`[@acme/testing] The handler returned ${String(answer)}: return an object.`);
    }
    assertScriptedResponse(answer);
    return answer;
  }
}
