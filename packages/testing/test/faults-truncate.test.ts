import { describe, expect, it } from 'vitest';
import { useServers } from './use-servers.js';

const start = useServers();

/** Reads `response` chunk by chunk: what arrived, and how the read ended. */
async function readUntilEnd(response: Response): Promise<{ text: string; error: unknown }> {
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (let read = await reader?.read(); read?.done === false; read = await reader?.read()) {
      text += decoder.decode(read.value, { stream: true });
    }
    return { text, error: undefined };
  } catch (error) {
    return { text, error };
  }
}

describe("'truncate'", () => {
  const body = '{"data":{"user":{"id":"fake-user","balances":[]}}}';

  it('promises the whole body, sends the first half, then closes the connection', async () => {
    const server = await start();
    server.enqueue({ fault: 'truncate', body });

    const response = await fetch(server.url);
    const { text, error } = await readUntilEnd(response);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(body.length));
    expect(text).toBe(body.slice(0, Math.floor(body.length / 2)));
    // undici reports a body cut short of its content-length as "terminated".
    expect(error).toBeInstanceOf(TypeError);
  });

  it('keeps the status and headers of the step, and logs the request once', async () => {
    const server = await start();
    server.enqueue({ fault: 'truncate', status: 502, json: { error: 'upstream' } });

    const response = await fetch(`${server.url}/charges`, { method: 'POST', body: '{}' });

    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('application/json');
    await expect(response.text()).rejects.toThrow(TypeError);
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /charges']);
  });

  it('is one step: the next request gets a whole answer', async () => {
    const server = await start();
    server.enqueue({ fault: 'truncate', body }, { body });

    await expect((await fetch(server.url)).text()).rejects.toThrow(TypeError);

    expect(await (await fetch(server.url)).text()).toBe(body);
  });
});
