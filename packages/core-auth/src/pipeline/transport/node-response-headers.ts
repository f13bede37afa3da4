import type { IncomingHttpHeaders } from 'node:http';
import type { ResponseHeaders } from './transport.js';

/**
 * Node's parsed response headers behind the two `Headers` methods the pipeline reads, so a
 * response costs no `Headers` object. Repeated headers are joined with `, ` as fetch joins
 * them (`set-cookie` too, for `get()`).
 */
export class NodeResponseHeaders implements ResponseHeaders {
  readonly #headers: IncomingHttpHeaders;

  constructor(headers: IncomingHttpHeaders) {
    this.#headers = headers;
  }

  get(name: string): string | null {
    const lower = name.toLowerCase();
    // Own keys only: `get('constructor')` must not find Object.prototype's.
    if (!Object.hasOwn(this.#headers, lower)) return null;
    const value = this.#headers[lower];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }

  /** Each header once, except `set-cookie`: one entry per cookie, as `Headers` gives them. */
  *entries(): IterableIterator<[string, string]> {
    for (const [name, value] of Object.entries(this.#headers)) {
      if (value === undefined) continue;
      if (Array.isArray(value)) {
        if (name === 'set-cookie') for (const cookie of value) yield [name, cookie];
        else yield [name, value.join(', ')];
      } else yield [name, value];
    }
  }
}
