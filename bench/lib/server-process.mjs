import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./stack-server-child.mjs', import.meta.url));

/** Forks the local Stack server into another process and resolves once it listens. */
export async function forkStackServer() {
  const child = fork(CHILD, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waitFor = (type) =>
    new Promise((resolve, reject) => {
      const onMessage = (message) => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message);
      };
      const onExit = (code) =>
        reject(new Error(`stack server child exited (${code}) before ${type}`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const info = await waitFor('ready');
  return {
    info,
    reset: async () => {
      const done = waitFor('reset-done');
      child.send({ type: 'reset' });
      await done;
    },
    lastRequest: async () => {
      const answer = waitFor('last-request');
      child.send({ type: 'last-request' });
      return answer;
    },
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'close' });
      await exited;
    },
  };
}
