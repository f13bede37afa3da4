import { kyTransport } from './ky-transport.js';
import { nodeTransport } from './node-transport.js';
import type { Transport } from './transport.js';

/** Which transport sends the requests: `node:http` or ky over fetch. */
export type TransportKind = 'node' | 'fetch';

/**
 * The Node transport where it runs on Node and no `fetch` was given; ky over fetch
 * everywhere else (Bun, Deno, browsers, workers) and whenever the caller brings a fetch.
 */
export function chooseTransport(
  kind: TransportKind | undefined,
  fetchImpl: typeof globalThis.fetch | undefined,
): Transport {
  const node = kind === 'node' || (kind === undefined && fetchImpl === undefined && isNode());
  return node ? nodeTransport() : kyTransport(fetchImpl);
}

function isNode(): boolean {
  const versions = (globalThis as { process?: { versions?: Record<string, string | undefined> } })
    .process?.versions;
  return versions?.node !== undefined && versions.bun === undefined && !('Deno' in globalThis);
}
