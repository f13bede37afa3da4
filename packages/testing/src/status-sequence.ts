import type { ScriptedResponse } from './scripted-response.js';

/**
 * One scripted step per status, each with the JSON body `{ "status": n }`: the shortest way
 * to script "fail, fail, succeed" for retry tests.
 *
 * @example
 * ```ts
 * server.enqueue(...statusSequence(503, 503, 200));
 * ```
 */
export function statusSequence(...statuses: number[]): ScriptedResponse[] {
  return statuses.map((status) => ({ status, json: { status } }));
}
