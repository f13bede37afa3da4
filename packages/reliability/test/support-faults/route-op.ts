import type { RecordedRequest } from '@acme/testing';
import type { CallOptions } from '@core/auth';
import { type ChargeOp, once, route } from './target.js';

/** Builds a charge op from a name, the request it sends, a call and how it may be retried. */
export type RouteOp<C> = (
  name: string,
  request: [method: string, path: string],
  call: (client: C, options: CallOptions) => Promise<unknown>,
  retries?: ChargeOp['retries'],
) => ChargeOp;

/**
 * Charge ops matched by method and path (`prefix` + path), each run on a fresh `client()`.
 * `keyOf` reads the idempotency key of the ops that retry with one.
 */
export function routeOps<C extends { close(): void }>(
  client: () => C,
  { prefix = '', keyOf }: { prefix?: string; keyOf?: (request: RecordedRequest) => unknown } = {},
): RouteOp<C> {
  return (name, [method, path], call, retries) => ({
    name,
    matches: route(method, `${prefix}${path}`),
    run: (options) => once(client(), (c) => call(c, options)),
    ...(retries === undefined ? {} : { retries }),
    ...(retries === 'key' && keyOf !== undefined ? { keyOf } : {}),
  });
}
