export {
  type LoopbackServer,
  type LoopbackServerOptions,
  startLoopbackServer,
} from './loopback-server.js';
export type { RecordedRequest } from './recorded-request.js';
export {
  DEFAULT_CHUNK_DELAY_MS,
  DEFAULT_CHUNK_SIZE,
  DEFAULT_STATUS,
  type Fault,
  type Handler,
  type ScriptedResponse,
} from './scripted-response.js';
export {
  DEFAULT_STACK_ACCESS_TOKEN_LIFETIME_MS,
  DEFAULT_STACK_PROJECT_ID,
} from './stack/constants.js';
export type {
  StackServer,
  StackServerKeys,
  StackServerOptions,
  StackUserInput,
} from './stack/stack-server-types.js';
export { startStackServer } from './stack/start-stack-server.js';
export * from './stake/index.js';
export * from './stash/index.js';
export { statusSequence } from './status-sequence.js';
