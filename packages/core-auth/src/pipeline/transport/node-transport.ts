import type { Agent as HttpAgent, IncomingMessage } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import type { Transform } from 'node:stream';
import { contentDecoders, hasNoBody } from './content-decoding.js';
import { NodeResponseHeaders } from './node-response-headers.js';
import { BodyTooLarge, type Transport, type TransportRequest } from './transport.js';

// Idle keep-alive sockets are closed before the usual server idle timeouts (Node's 5 s), so
// a request is rarely written to a socket the server is closing. Node also honours a
// server's `Keep-Alive: timeout=` hint.
const IDLE_SOCKET_MS = 4_000;

interface NodeModules {
  http: typeof import('node:http');
  https: typeof import('node:https');
  zlib: typeof import('node:zlib');
  httpAgent: HttpAgent;
  httpsAgent: HttpsAgent;
}

let loading: Promise<NodeModules> | undefined;
let loaded: NodeModules | undefined;

/** Loaded on the first request, so importing a client costs no http/tls bootstrap. */
function load(): Promise<NodeModules> {
  loading ??= Promise.all([import('node:http'), import('node:https'), import('node:zlib')]).then(
    ([http, https, zlib]) => {
      // One pool per process, like fetch's global dispatcher: clients built per user or per
      // request still reuse connections. Idle sockets are unref'd, so they never keep a
      // process alive.
      const agentOptions = {
        keepAlive: true,
        timeout: IDLE_SOCKET_MS,
        scheduling: 'lifo',
      } as const;
      loaded = {
        http,
        https,
        zlib,
        httpAgent: new http.Agent(agentOptions),
        httpsAgent: new https.Agent(agentOptions),
      };
      return loaded;
    },
    (error: unknown) => {
      // A failed load (a sandbox without node:https) is tried again by the next request.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * The Node transport: `node:http`/`node:https` with a keep-alive pool, without fetch's
 * `Request`/`Response` objects and web streams. On loopback it answers in about half the
 * time of `fetch` and carries twice its throughput (see bench/), which is what lets the
 * whole pipeline cost no more than a bare `fetch`. It never follows a redirect, decodes
 * gzip, deflate and brotli like fetch, and stops reading at `maxResponseBytes`.
 */
export function nodeTransport(): Transport {
  return async (request) => send(loaded ?? (await load()), request);
}

function send(
  modules: NodeModules,
  request: TransportRequest,
): Promise<{ status: number; headers: NodeResponseHeaders; text: string }> {
  const { method, url, body, signal, maxResponseBytes } = request;
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    // The pipeline lower-cases header names, so these replace a caller's, never double them.
    const headers: Record<string, string | number> = { ...request.headers };
    headers['accept-encoding'] ??= 'gzip, deflate, br';
    if (body !== undefined) headers['content-length'] = Buffer.byteLength(body);
    const https = url.protocol === 'https:';
    const lib = https ? modules.https : modules.http;
    let settled = false;
    let outgoing: ReturnType<typeof lib.request> | undefined;
    let decoders: Transform[] = [];
    const onAbort = (): void => fail(signal.reason);
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      outgoing?.destroy();
      // A decoder left running would go on inflating what already arrived (a bomb's worth).
      for (const decoder of decoders) decoder.destroy();
      reject(error);
    };
    try {
      outgoing = lib.request(url, {
        method,
        headers,
        agent: https ? modules.httpsAgent : modules.httpAgent,
      });
    } catch (error) {
      // An invalid header name or value; Node's message names the header, never the value.
      return fail(error);
    }
    signal.addEventListener('abort', onAbort, { once: true });
    let received: IncomingMessage | undefined;
    // A reset right after the last byte (a `Connection: close` server) is no failure of a
    // response that arrived whole.
    outgoing.on('error', (error) => {
      if (received?.complete !== true) fail(error);
    });
    outgoing.on('response', (incoming: IncomingMessage) => {
      received = incoming;
      const status = incoming.statusCode ?? 0;
      const responseHeaders = new NodeResponseHeaders(incoming.headers);
      const finish = (text: string): void => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', onAbort);
        resolve({ status, headers: responseHeaders, text });
      };
      if (hasNoBody(method, status)) {
        incoming.resume();
        incoming.on('end', () => finish(''));
        incoming.on('error', fail);
        return;
      }
      const tooLarge = (): void =>
        fail(new BodyTooLarge(status, responseHeaders, maxResponseBytes));
      decoders = contentDecoders(modules.zlib, incoming);
      if (decoders.length === 0 && Number(incoming.headers['content-length']) > maxResponseBytes)
        return tooLarge();
      let stream: NodeJS.ReadableStream = incoming;
      incoming.on('error', fail);
      for (const decoder of decoders) {
        decoder.on('error', fail);
        stream = stream.pipe(decoder);
      }
      const chunks: Buffer[] = [];
      let bytes = 0;
      stream.on('data', (chunk: Buffer) => {
        if (settled) return;
        bytes += chunk.byteLength;
        if (bytes > maxResponseBytes) return tooLarge();
        chunks.push(chunk);
      });
      incoming.on('close', () => {
        if (!incoming.complete) fail(cutShort());
      });
      stream.on('end', () => finish(utf8(chunks)));
    });
    outgoing.end(body);
  });
}

/** UTF-8 text as `Response.text()` gives it: invalid bytes replaced, a leading BOM dropped. */
function utf8(chunks: Buffer[]): string {
  const text =
    chunks.length === 1
      ? (chunks[0] as Buffer).toString('utf8')
      : Buffer.concat(chunks).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function cutShort(): Error {
  return Object.assign(new Error('the connection closed before the response body ended'), {
    code: 'ECONNRESET',
  });
}
