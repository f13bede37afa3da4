import type { Pipeline } from '@core/auth';
import type { StashCallOptions } from '../client/stash-client-options.js';

/** What resource calls share: the pipeline and the shop the credential signs for. */
export interface StashCallContext {
  readonly pipeline: Pipeline;
  /** The HMAC shop id, the default for studio paths. */
  readonly shopId: string | undefined;
}

/** The per-call options the pipeline takes, without undefined keys. */
export function callOptions(options: StashCallOptions | undefined): StashCallOptions {
  const out: StashCallOptions = {};
  if (options?.signal !== undefined) out.signal = options.signal;
  if (options?.timeoutMs !== undefined) out.timeoutMs = options.timeoutMs;
  if (options?.deadlineMs !== undefined) out.deadlineMs = options.deadlineMs;
  return out;
}
