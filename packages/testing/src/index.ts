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
export { statusSequence } from './status-sequence.js';
