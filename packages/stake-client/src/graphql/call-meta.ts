import type { OperationType } from './operation-type.js';

/** What one GraphQL call tells the error mapper, through the pipeline's per-call `meta`. */
export interface StakeCallMeta {
  readonly operationName: string | undefined;
  /** `mutation` when unknown: an auth error on it is never replayed once it may have acted. */
  readonly operationType: OperationType;
  /** A null `data.user` means the token was refused (research §2.4, §1.4). */
  readonly requireUser: boolean;
}

/** Reads a call's meta back, tolerating calls made without it. */
export function stakeCallMeta(meta: Readonly<Record<string, unknown>>): StakeCallMeta {
  const type = meta.operationType;
  return {
    operationName: typeof meta.operationName === 'string' ? meta.operationName : undefined,
    operationType: type === 'query' || type === 'subscription' ? type : 'mutation',
    requireUser: meta.requireUser === true,
  };
}
