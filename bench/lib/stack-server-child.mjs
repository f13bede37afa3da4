// Runs @acme/testing's Stack server in its own process, so the client under test and the
// server do not share an event loop (2 cores: one each). Talks to the parent over IPC.
import { startStackServer } from '@acme/testing';

const stack = await startStackServer();
const userId = stack.seededUserIds[0];
const session = await stack.createSession(userId);

process.on('message', async (message) => {
  switch (message.type) {
    case 'reset':
      // The loopback kit logs every request; empty the log between rounds.
      stack.loopback.reset();
      process.send({ type: 'reset-done' });
      break;
    case 'last-request': {
      const last = stack.loopback.requests.at(-1);
      process.send({ type: 'last-request', headers: last?.headers ?? {}, url: last?.url ?? '' });
      break;
    }
    case 'close':
      await stack.close();
      process.exit(0);
  }
});

process.send({
  type: 'ready',
  url: stack.url,
  projectId: stack.projectId,
  keys: stack.keys,
  userId,
  seededUserIds: stack.seededUserIds,
  accessToken: session.accessToken,
  refreshToken: session.refreshToken,
});
