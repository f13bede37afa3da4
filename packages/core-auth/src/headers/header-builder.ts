/** The HTTP methods the pipeline sends. */
export type HttpMethod = 'GET' | 'HEAD' | 'OPTIONS' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a header builder may see of the request it signs: the exact bytes that will be sent. */
export interface OutgoingRequest {
  readonly method: HttpMethod;
  readonly url: URL;
  /** The body exactly as sent, or undefined for none. */
  readonly body: string | Uint8Array | undefined;
}

/**
 * Turns a credential into the headers that carry it. Pure: no I/O, no clock other than what
 * it is given, so every adapter's headers are unit-testable. Builders that sign the body
 * (Stash's HMAC) read it from `request`; most ignore it.
 *
 * @example
 * ```ts
 * const stakeHeaders: HeaderBuilder<{ accessToken: Secret }> = (c) => ({
 *   'x-access-token': c.accessToken.reveal(),
 * });
 * ```
 */
export type HeaderBuilder<C> = (
  credential: C,
  request: OutgoingRequest,
) => Readonly<Record<string, string>>;
