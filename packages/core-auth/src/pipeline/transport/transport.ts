import type { HttpMethod } from '../../headers/header-builder.js';

/** The response headers the pipeline reads: the subset of `Headers` both transports give. */
export interface ResponseHeaders {
  get(name: string): string | null;
  entries(): IterableIterator<[string, string]>;
}

/** One attempt, ready to send: headers computed, body serialised. */
export interface TransportRequest {
  method: HttpMethod;
  url: URL;
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
  /** Aborts the attempt: the caller's signal, the deadline, the attempt timeout or close(). */
  signal: AbortSignal;
  /** A body longer than this (after decompression) is refused with {@link BodyTooLarge}. */
  maxResponseBytes: number;
}

/** A whole response: the status, its headers and the body decoded as UTF-8 text. */
export interface TransportResponse {
  status: number;
  headers: ResponseHeaders;
  text: string;
}

/** Sends one attempt and reads its whole body; rejects on a network failure or an abort. */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/**
 * Thrown by a transport when a response body passes `maxResponseBytes`: the connection is
 * dropped at that point, so a hostile or broken server cannot exhaust the process's memory.
 */
export class BodyTooLarge extends Error {
  override readonly name = 'BodyTooLarge';
  readonly status: number;
  readonly headers: ResponseHeaders;
  readonly limit: number;

  constructor(status: number, headers: ResponseHeaders, limit: number) {
    super(`the response body is longer than ${limit} bytes`);
    this.status = status;
    this.headers = headers;
    this.limit = limit;
  }
}
