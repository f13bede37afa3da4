import type { IncomingHttpHeaders } from 'node:http';
import type { ResponseHeaders } from './transport.js';

/**
 * Node's parsed response headers behind the two `Headers` methods the pipeline reads, so a
 * response costs no `Headers` object. Repeated headers are joined as fetch joins them:
 * with `, `, except `set-cookie`, whose values fetch also joins for `get()`.
 */
export class NodeResponseHeaders implements ResponseHeaders {
  readonly #headers: IncomingHttpHeaders;

  constructor(headers: IncomingHttpHeaders) {
    this.#headers = headers;
  }

  get(name: string): string | null {
    const value = this.#headers[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }

  *entries(): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.#headers)) {
      const value = this.get(name);
      if (value !== null) yield [name, value];
    }
  }
}
