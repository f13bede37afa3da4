import type { Pipeline } from '@core/auth';

/** What resource calls share: the pipeline and the shop the credential signs for. */
export interface StashCallContext {
  readonly pipeline: Pipeline;
  /** The HMAC shop id, the default for studio paths. */
  readonly shopId: string | undefined;
}

export { callOptionsOf as callOptions } from '@core/auth';
