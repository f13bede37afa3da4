import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./server-child.mjs', import.meta.url));

/**
 * Forks the three loopback servers into a child process. Resolves once they listen, with
 * what the clients need (`info`), `stats()` (requests each server saw) and `close()`.
 */
export async function forkServers() {
  // The child runs without --expose-gc and its own default heap: its memory is not measured.
  const child = fork(CHILD, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [] });
  const next = (type) =>
    new Promise((resolve, reject) => {
      const onMessage = (message) => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message);
      };
      const onExit = (code) =>
        reject(new Error(`the server child exited (${code}) before ${type}`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const info = await next('ready');
  return {
    info,
    stats: async () => {
      const answer = next('stats');
      child.send({ type: 'stats' });
      return (await answer).seen;
    },
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'close' });
      await exited;
    },
  };
}
