import type { LoopbackServer, RecordedRequest } from '@acme/testing';
import type { CallOptions, TransportKind } from '@core/auth';

/** The clients under test. */
export type ClientName = 'stake' | 'stack' | 'stash';

/** Both ways the pipeline sends requests: faults reach different code in each. */
export const TRANSPORTS: readonly TransportKind[] = ['node', 'fetch'];

/** One client against its local server, ready for the fault matrix. */
export interface FaultTarget {
  readonly name: ClientName;
  /** The package name every error of this client carries as `provider`. */
  readonly provider: string;
  readonly loopback: LoopbackServer;
  /** Attempts the clients started since `reset()`, from the pipeline's `onRequest` hook. */
  readonly attempts: number;
  /** Empties the server's queue and log, and the attempt count. */
  reset(): void;
  /** The representative read, on a fresh client (so a fresh retry budget), closed after. */
  read(call: CallOptions): Promise<unknown>;
  /** A real 2xx body of that read, asked of the server without the client. */
  okBody(): Promise<string>;
  /** The non-idempotent calls (and the ones marked idempotent), for charge-once. */
  readonly chargeOps: readonly ChargeOp[];
  close(): Promise<void>;
}

/** A call that must reach the server once, unless it is marked idempotent. */
export interface ChargeOp {
  readonly name: string;
  /** Picks this operation's requests out of the server's log. */
  matches(request: RecordedRequest): boolean;
  /** Runs the call on a fresh client and closes it after. */
  run(call: CallOptions): Promise<unknown>;
  /**
   * Set when the call may be retried: 'key' when it carries an idempotency key (read from a
   * request by `keyOf`), 'marked' when the caller marked it idempotent without one.
   */
  readonly retries?: 'key' | 'marked';
  keyOf?(request: RecordedRequest): unknown;
}

/** Runs `call` on `client`, then closes the client whatever happened. */
export async function once<C extends { close(): void }>(
  client: C,
  call: (client: C) => Promise<unknown>,
): Promise<unknown> {
  try {
    return await call(client);
  } finally {
    client.close();
  }
}

/** Matches a request by method and exact path. */
export function route(method: string, path: string): (request: RecordedRequest) => boolean {
  return (request) => request.method === method && request.path === path;
}

/**
 * Counts attempts as the pipeline starts them. The server's log cannot always: an attempt that
 * times out before its request is read never shows up there.
 */
export class AttemptCounter {
  count = 0;
  readonly hooks = { onRequest: (): void => void this.count++ };
}
