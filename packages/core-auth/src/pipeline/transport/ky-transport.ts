import type { KyInstance } from 'ky';
import { hasNoBody } from './content-decoding.js';
import { BodyTooLarge, type Transport } from './transport.js';

/**
 * The portable transport: ky over a fetch (the global one, or the caller's). ky is used
 * lean: the pipeline owns retries, timers and error mapping, so ky clones nothing for
 * retries and wraps no timer around each attempt. It is imported on the first request:
 * importing it makes Node bootstrap its fetch, which a program that merely imports a client
 * should not pay for.
 */
export function kyTransport(fetchImpl: typeof globalThis.fetch | undefined): Transport {
  let instance: Promise<KyInstance> | undefined;
  const getInstance = (): Promise<KyInstance> => {
    instance ??= import('ky').then(({ default: ky }) =>
      ky.create({
        retry: 0,
        timeout: false,
        throwHttpErrors: false,
        // A redirect would carry the credential headers to wherever it points: never follow one.
        redirect: 'manual',
        ...(fetchImpl === undefined ? {} : { fetch: fetchImpl }),
      }),
    );
    return instance;
  };
  return async ({ method, url, headers, body, signal, maxResponseBytes }) => {
    const response = await (await getInstance())(url, {
      method,
      headers,
      body: (body ?? null) as BodyInit | null,
      signal,
    });
    const text = hasNoBody(method, response.status)
      ? ''
      : await readText(response, maxResponseBytes);
    return { status: response.status, headers: response.headers, text };
  };
}

async function readText(response: Response, limit: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) {
    await response.body?.cancel();
    throw new BodyTooLarge(response.status, response.headers, limit);
  }
  // A declared length within the limit is what the body will be (fetch checks it), unless
  // the body is compressed: then it only bounds the bytes on the wire, not the text.
  const exact = Number.isInteger(declared) && response.headers.get('content-encoding') === null;
  if (exact || response.body === null) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > limit) {
      await reader.cancel();
      throw new BodyTooLarge(response.status, response.headers, limit);
    }
    text += decoder.decode(value, { stream: true });
  }
}
