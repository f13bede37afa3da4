import { mask } from '../secrets/mask.js';
import type { RedactedUrl } from './redacted.js';
import { SAFE_HEADERS } from './safe-headers.js';

/** The shortest header or cookie value treated as a secret to scrub from echoes. */
export const MIN_HEADER_SECRET_CHARS = 8;

/**
 * Scrubs what a response or URL could carry back of the secrets a request sent. Built per
 * request from the outgoing headers, and applied when an error or event is built, never
 * when it is printed: an error holds no secret to leak later.
 *
 * @example
 * ```ts
 * const redactor = Redactor.forRequestHeaders({ 'x-access-token': token }, SAFE_HEADERS);
 * redactor.text(`echo: ${token}`); // 'echo: 2775b505…a295'
 * ```
 */
export class Redactor {
  /** Pairs of [form seen on the wire, its mask], longest first so no secret is cut in two. */
  readonly #replacements: ReadonlyArray<readonly [string, string]>;
  readonly #safeHeaders: ReadonlySet<string>;

  constructor(secrets: Iterable<string>, safeHeaders: ReadonlySet<string> = SAFE_HEADERS) {
    const forms = new Map<string, string>();
    for (const secret of secrets) {
      if (secret.length === 0) continue;
      const masked = mask(secret);
      // A server echoing a secret may have JSON-escaped it, or URL-encoded it either way
      // (a path segment's encodeURIComponent, or a query string's form encoding).
      for (const form of [
        secret,
        JSON.stringify(secret).slice(1, -1),
        encodeURIComponent(secret),
        new URLSearchParams({ s: secret }).toString().slice(2),
      ]) {
        if (!forms.has(form)) forms.set(form, masked);
      }
    }
    this.#replacements = [...forms].sort((a, b) => b[0].length - a[0].length);
    this.#safeHeaders = safeHeaders;
  }

  /**
   * A redactor for the secrets in a set of outgoing headers: every value of a header that
   * is not on the safe list, and each cookie value on its own.
   */
  static forRequestHeaders(
    headers: Readonly<Record<string, string>>,
    safeHeaders: ReadonlySet<string> = SAFE_HEADERS,
    extraSecrets: readonly string[] = [],
  ): Redactor {
    const secrets: string[] = [...extraSecrets];
    // Values shorter than a credential (`x-api-version: 2`, `lang=en`) would mask every `2`
    // or `en` of an error body and break its JSON; declared secrets are kept at any length.
    const keep = (value: string): void => {
      if (value.length >= MIN_HEADER_SECRET_CHARS) secrets.push(value);
    };
    for (const [name, value] of Object.entries(headers)) {
      const lower = name.toLowerCase();
      if (safeHeaders.has(lower)) continue;
      keep(value);
      if (lower === 'cookie') cookieValues(value).forEach(keep);
    }
    return new Redactor(secrets, safeHeaders);
  }

  /** Replaces every known secret in `text` with its mask. */
  text(text: string): string {
    let out = text;
    for (const [form, masked] of this.#replacements) {
      if (out.includes(form)) out = out.split(form).join(masked);
    }
    return out;
  }

  /** Drops user info, masks every query value and any secret in the path. */
  url(url: string | URL): RedactedUrl {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return this.text(String(url)) as RedactedUrl;
    }
    parsed.username = '';
    parsed.password = '';
    parsed.hash = '';
    const query = [...parsed.searchParams].map(
      ([name, value]) => `${encodeURIComponent(name)}=${mask(value)}`,
    );
    const base = `${parsed.origin}${this.text(parsed.pathname)}`;
    return (query.length > 0 ? `${base}?${query.join('&')}` : base) as RedactedUrl;
  }

  /** One header's value as {@link headers} shows it. */
  header(name: string, value: string): string {
    return this.#safeHeaders.has(name.toLowerCase()) ? this.text(value) : mask(value);
  }

  /** Masks headers off the safe list; scrubs echoed secrets from the ones on it. */
  headers(
    headers: { entries(): Iterable<[string, string]> } | Readonly<Record<string, string>>,
  ): Record<string, string> {
    const out: Record<string, string> = {};
    const entries =
      typeof headers.entries === 'function'
        ? (headers.entries as () => Iterable<[string, string]>)()
        : Object.entries(headers);
    for (const [name, value] of entries) {
      const lower = name.toLowerCase();
      out[lower] = this.#safeHeaders.has(lower) ? this.text(value) : mask(value);
    }
    return out;
  }
}

/**
 * One call's own secrets: those it declared, and every query value long enough to be a
 * token (8 characters; `limit=10` is no credential). A server may echo its URL in a body,
 * where the URL's own masking cannot reach.
 */
export function callSecrets(url: URL, declared: readonly string[]): string[] {
  const secrets = [...declared];
  for (const value of url.searchParams.values()) if (value.length >= 8) secrets.push(value);
  return secrets;
}

function cookieValues(header: string): string[] {
  return header
    .split(';')
    .map((pair) => pair.slice(pair.indexOf('=') + 1).trim())
    .filter((value) => value.length > 0);
}
