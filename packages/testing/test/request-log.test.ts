import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { useServers } from './use-servers.js';

const start = useServers();

/** Sends raw bytes, so a test controls exactly which header lines go on the wire. */
function sendRaw(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
    });
    socket.on('end', () => resolve(received));
    socket.on('error', reject);
  });
}

describe('request log', () => {
  it('records method, url, path, query, lower-cased headers, body and arrival time', async () => {
    const server = await start();
    server.enqueue({ status: 201 });
    const before = Date.now();

    await fetch(`${server.url}/api/v1/users?limit=2&tag=a&tag=b`, {
      method: 'post',
      headers: { 'X-Trace-Id': 'trace-1', 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Ada' }),
    });

    expect(server.requests).toHaveLength(1);
    const [recorded] = server.requests;
    expect(recorded).toMatchObject({
      method: 'POST',
      url: '/api/v1/users?limit=2&tag=a&tag=b',
      path: '/api/v1/users',
      body: '{"name":"Ada"}',
    });
    expect(recorded?.query.get('limit')).toBe('2');
    expect(recorded?.query.getAll('tag')).toEqual(['a', 'b']);
    expect(recorded?.headers['x-trace-id']).toBe('trace-1');
    expect(recorded?.headers['content-type']).toBe('application/json');
    expect(recorded?.headers.host).toBe(`127.0.0.1:${server.port}`);
    expect(recorded?.receivedAt).toBeGreaterThanOrEqual(before);
    expect(recorded?.receivedAt).toBeLessThanOrEqual(Date.now());
  });

  it("records '' as the body and an empty query when there are none", async () => {
    const server = await start();

    await fetch(`${server.url}/health`);

    expect(server.requests[0]?.body).toBe('');
    expect(server.requests[0]?.path).toBe('/health');
    expect([...(server.requests[0]?.query ?? [])]).toEqual([]);
  });

  it("joins repeated header lines with ', ', even ones Node keeps only once", async () => {
    const server = await start();

    const response = await sendRaw(
      server.port,
      'GET /raw/../path HTTP/1.1\r\nHost: example.test\r\nX-Multi: a\r\nx-multi: b\r\n' +
        'User-Agent: one\r\nUser-Agent: two\r\nConnection: close\r\n\r\n',
    );

    expect(response).toMatch(/^HTTP\/1\.1 404 /);
    expect(server.requests[0]?.headers).toMatchObject({
      'x-multi': 'a, b',
      'user-agent': 'one, two',
      host: 'example.test',
    });
    // Not normalised: the log shows what the client sent.
    expect(server.requests[0]?.path).toBe('/raw/../path');
  });

  it('logs and answers in arrival order even when an earlier body finishes later', async () => {
    const server = await start();
    server.enqueue({ json: 'first step' }, { json: 'second step' });
    const slow = httpRequest(`${server.url}/slow`, {
      method: 'POST',
      headers: { 'content-length': '5' },
    });
    const slowAnswer = new Promise<string>((resolve, reject) => {
      slow.on('response', (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
        });
        response.on('end', () => resolve(text));
      });
      slow.on('error', reject);
    });
    slow.write('he');
    // Generous: only needs the headers of /slow to reach the server before /fast starts.
    await sleep(100);

    const fast = await fetch(`${server.url}/fast`);
    slow.end('llo');

    expect(await fast.json()).toBe('second step');
    expect(JSON.parse(await slowAnswer)).toBe('first step');
    expect(server.requests.map((entry) => [entry.path, entry.body])).toEqual([
      ['/slow', 'hello'],
      ['/fast', ''],
    ]);
  });
});
