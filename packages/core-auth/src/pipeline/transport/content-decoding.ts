import type { IncomingMessage } from 'node:http';
import type { Transform } from 'node:stream';

type Zlib = typeof import('node:zlib');

/**
 * The decoders `Content-Encoding` asks for, outermost last (`gzip, br` was gzipped, then
 * brotli'd, so brotli comes off first), or none when a coding is unknown: then the body is
 * passed on as sent, as fetch does. Like undici, a stream cut short or missing its trailer
 * decodes as far as it goes instead of failing: the `complete` check catches a cut body.
 */
export function contentDecoders(zlib: Zlib, incoming: IncomingMessage): Transform[] {
  const header = incoming.headers['content-encoding'];
  if (header === undefined) return [];
  const codings = header
    .toLowerCase()
    .split(',')
    .map((coding) => coding.trim())
    .filter((coding) => coding !== '' && coding !== 'identity');
  const flush = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const brotliFlush = {
    flush: zlib.constants.BROTLI_OPERATION_FLUSH,
    finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
  };
  const decoders: Transform[] = [];
  for (const coding of codings.reverse()) {
    if (coding === 'gzip' || coding === 'x-gzip') decoders.push(zlib.createGunzip(flush));
    else if (coding === 'deflate') decoders.push(zlib.createInflate(flush));
    else if (coding === 'br') decoders.push(zlib.createBrotliDecompress(brotliFlush));
    else {
      for (const decoder of decoders) decoder.destroy();
      return [];
    }
  }
  return decoders;
}

/** True when a response to `method` with `status` carries no body (RFC 9110 §6.4.1). */
export function hasNoBody(method: string, status: number): boolean {
  return method === 'HEAD' || status === 204 || status === 304 || (status >= 100 && status < 200);
}
