import { fork } from 'node:child_process';

/**
 * Forks `file`, a child that talks over IPC with `{ type }` messages: it sends `ready` once
 * it is up, answers requests, and exits on `close`. Resolves with the `ready` message
 * (`info`), `ask(type, replyType)` (sends one message, resolves with the matching answer)
 * and `close()`. Written for any such child: bench/lib/server-process.mjs has the same loop.
 */
export async function forkChild(file, { label, execArgv } = {}) {
  const child = fork(file, [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    ...(execArgv === undefined ? {} : { execArgv }),
  });
  const next = (type) =>
    new Promise((resolve, reject) => {
      const onMessage = (message) => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message);
      };
      const onExit = (code) =>
        reject(new Error(`${label ?? file} exited (${code}) before ${type}`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const info = await next('ready');
  return {
    info,
    ask: async (type, replyType = type) => {
      const answer = next(replyType);
      child.send({ type });
      return answer;
    },
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'close' });
      await exited;
    },
  };
}
