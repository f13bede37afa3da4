import { fileURLToPath } from 'node:url';
import { forkChild } from './fork-child.mjs';

const CHILD = fileURLToPath(new URL('./server-child.mjs', import.meta.url));

/**
 * Forks the three loopback servers into a child process. Resolves once they listen, with
 * what the clients need (`info`), `stats()` (requests each server saw) and `close()`.
 */
export async function forkServers() {
  // The child runs without --expose-gc and its own default heap: its memory is not measured.
  const child = await forkChild(CHILD, { label: 'the server child', execArgv: [] });
  return {
    info: child.info,
    stats: async () => (await child.ask('stats')).seen,
    close: child.close,
  };
}
