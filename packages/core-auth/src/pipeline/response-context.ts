import type { ApiErrorInit, RedactedRequest } from '../errors/api-error.js';
import type { HttpMethod } from '../headers/header-builder.js';
import type { Redactor } from '../redaction/redactor.js';
import type { ResponseContext } from './pipeline-options.js';
import { parseRetryAfter } from './retry-after.js';
import type { ResponseHeaders } from './transport/transport.js';

/** Error bodies are cut to this many characters, after redaction so no secret is cut in two. */
export const MAX_ERROR_BODY_CHARS = 2_048;

interface RawResponse {
  status: number;
  headers: ResponseHeaders;
  text: string;
  method: HttpMethod;
  url: URL;
  attempt: number;
  provider: string;
  requestIdHeader: string;
  maxRetryAfterMs: number;
  meta: Readonly<Record<string, unknown>>;
  redactor: () => Redactor;
}

/**
 * A {@link ResponseContext} that redacts on first use: a success that no mapper inspects
 * costs nothing, and a body with no echoed secret is parsed once.
 */
export class LazyResponseContext implements ResponseContext {
  readonly #raw: RawResponse;
  #text: string | undefined;
  #body: unknown;
  #bodyRead = false;
  #parsedRaw: { value: unknown } | undefined;

  constructor(raw: RawResponse) {
    this.#raw = raw;
  }

  get status(): number {
    return this.#raw.status;
  }

  get ok(): boolean {
    return this.#raw.status >= 200 && this.#raw.status < 300;
  }

  get attempt(): number {
    return this.#raw.attempt;
  }

  get provider(): string {
    return this.#raw.provider;
  }

  get meta(): Readonly<Record<string, unknown>> {
    return this.#raw.meta;
  }

  get text(): string {
    this.#text ??= this.#raw.redactor().text(this.#raw.text);
    return this.#text;
  }

  get body(): unknown {
    if (!this.#bodyRead) {
      this.#bodyRead = true;
      const text = this.text;
      const parsed = text === this.#raw.text ? this.rawJson() : parseJsonOr(text, NOT_JSON);
      this.#body = parsed === NOT_JSON ? text : parsed;
    }
    return this.#body;
  }

  header(name: string): string | undefined {
    const value = this.#raw.headers.get(name);
    return value === null ? undefined : this.#raw.redactor().header(name, value);
  }

  get headers(): Readonly<Record<string, string>> {
    return this.#raw.redactor().headers(this.#raw.headers);
  }

  get requestId(): string | undefined {
    const id = this.#raw.headers.get(this.#raw.requestIdHeader);
    return id === null ? undefined : this.#raw.redactor().text(id);
  }

  get request(): RedactedRequest {
    return { method: this.#raw.method, url: this.#raw.redactor().url(this.#raw.url) };
  }

  get retryAfterMs(): number | undefined {
    return parseRetryAfter(
      this.#raw.headers.get('retry-after'),
      Date.now(),
      this.#raw.maxRetryAfterMs,
    );
  }

  get errorInit(): ApiErrorInit {
    const text = this.text;
    return {
      provider: this.provider,
      status: this.status,
      request: this.request,
      requestId: this.requestId,
      body:
        text.length <= MAX_ERROR_BODY_CHARS
          ? this.body
          : `${text.slice(0, MAX_ERROR_BODY_CHARS)}… [${text.length - MAX_ERROR_BODY_CHARS} more characters]`,
      headers: this.headers,
    };
  }

  redact(text: string): string {
    return this.#raw.redactor().text(text);
  }

  /**
   * The unredacted body parsed as JSON (undefined when empty), or {@link NOT_JSON}. For the
   * success path only: it may hold data the caller asked for, never an error's contents.
   */
  rawJson(): unknown {
    this.#parsedRaw ??= {
      value: this.#raw.text === '' ? undefined : parseJsonOr(this.#raw.text, NOT_JSON),
    };
    return this.#parsedRaw.value;
  }

  /** The unredacted body through the call's own decoder, or {@link NOT_JSON} if it throws. */
  decodedRaw(decode: (text: string) => unknown): unknown {
    if (this.#raw.text === '') return undefined;
    try {
      return decode(this.#raw.text);
    } catch {
      return NOT_JSON;
    }
  }
}

/** What {@link LazyResponseContext.rawJson} returns for a body that is not JSON. */
export const NOT_JSON: unique symbol = Symbol('not-json');

/** JSON.parse, or `fallback` when the text is empty or not JSON. */
export function parseJsonOr<F>(text: string, fallback: F): unknown {
  if (text === '') return fallback;
  try {
    return JSON.parse(text);
  } catch {
    return fallback;
  }
}
