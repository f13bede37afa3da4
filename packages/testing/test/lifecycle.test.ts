import { createHook } from 'node:async_hooks';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { type ScriptedResponse, startLoopbackServer } from '@acme/testing';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { causeCodeOf, useServers } from './use-servers.js';

const start = useServers();

// A delay no other code in this process uses, so its timers can be picked out.
const LONG_MS = 61_234;

/**
 * Ids of live timers of LONG_MS. Watched through async_hooks because undici and vitest keep
 * timers of their own, which makes counting all of them unreliable.
 */
function watchLongTimers(): { readonly live: ReadonlySet<number>; stop(): void } {
  const live = new Set<number>();
  const hook = createHook({
    init(id, type, _trigger, resource) {
      if (type === 'Timeout' && (resource as { _idleTimeout?: unknown })._idleTimeout === LONG_MS) {
        live.add(id);
      }
    },
    destroy(id) {
      live.delete(id);
    },
  }).enable();
  return { live, stop: () => hook.disable() };
}

async function eventually(check: () => boolean, timeoutMs = 2_000): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) return false;
    await sleep(10);
  }
  return true;
}

describe('lifecycle', () => {
  it('listens on 127.0.0.1 and a picked port; url has no trailing slash', async () => {
    const server = await start();

    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
    expect((await fetch(`${server.url}/`)).status).toBe(404);
  });

  it('close() resolves with a hanging request in flight, and the client fails', async () => {
    const server = await start();
    server.enqueue({ fault: 'hang' });
    const pending = fetch(server.url);
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));

    await server.close();

    expect(await causeCodeOf(pending)).toBe('UND_ERR_SOCKET');
  });

  it('close() stops a long delay at once, leaves no timer, and is idempotent', async () => {
    const server = await start();
    server.enqueue({ delayMs: LONG_MS });
    const timers = watchLongTimers();
    onTestFinished(() => timers.stop());
    const pending = fetch(server.url).catch((error: unknown) => error);
    expect(await eventually(() => timers.live.size === 1)).toBe(true);

    const startedAt = performance.now();
    await Promise.all([server.close(), server.close()]);
    await server.close();

    expect(performance.now() - startedAt).toBeLessThan(1_000);
    // async_hooks reports a destroyed timer a moment later, hence the polling.
    expect(await eventually(() => timers.live.size === 0)).toBe(true);
    expect(await pending).toBeInstanceOf(TypeError);
    expect(await causeCodeOf(fetch(server.url))).toBe('ECONNREFUSED');
  });

  it('close() ends idle keep-alive and half-sent connections instead of waiting', async () => {
    const server = await start({ handler: () => ({ json: 'ok' }) });
    await (await fetch(server.url)).text();
    const halfSent = connect(server.port, '127.0.0.1', () => halfSent.write('GET / HTTP/1.1\r\n'));
    halfSent.on('error', () => {});
    const halfSentClosed = new Promise((resolve) => halfSent.once('close', resolve));
    await vi.waitFor(() => expect(halfSent.bytesWritten).toBeGreaterThan(0));

    const startedAt = performance.now();
    await server.close();
    await halfSentClosed;

    // Without destroying them, Node waits for the 60 s headers timeout.
    expect(performance.now() - startedAt).toBeLessThan(1_000);
  });

  it.each<[string, ScriptedResponse]>([
    ['delayMs', { delayMs: LONG_MS }],
    ['slow-body', { fault: 'slow-body', body: 'xx', chunkSize: 1, chunkDelayMs: LONG_MS }],
  ])("a client's disconnect clears the timer of %s", async (_name, step) => {
    const server = await start();
    server.enqueue(step);
    const timers = watchLongTimers();
    onTestFinished(() => timers.stop());
    const client = connect(server.port, '127.0.0.1', () => {
      client.write('GET / HTTP/1.1\r\nHost: test\r\n\r\n');
    });
    client.on('error', () => {});
    expect(await eventually(() => timers.live.size === 1)).toBe(true);

    client.destroy();

    expect(await eventually(() => timers.live.size === 0)).toBe(true);
  });

  it('works with await using', async () => {
    let url = '';
    {
      await using server = await startLoopbackServer();
      url = server.url;
      expect((await fetch(url)).status).toBe(404);
    }

    expect(await causeCodeOf(fetch(url))).toBe('ECONNREFUSED');
  });
});

describe('reset()', () => {
  it('empties the queue and the log but keeps the handler', async () => {
    const server = await start({ handler: () => ({ json: 'handler' }) });
    server.enqueue({ json: 'one' }, { json: 'two' });
    await fetch(server.url);

    expect(server.reset()).toBe(server);
    expect(server.requests).toHaveLength(0);

    const response = await fetch(`${server.url}/after`);
    expect(await response.json()).toBe('handler');
    expect(server.requests.map((entry) => entry.path)).toEqual(['/after']);
  });
});
