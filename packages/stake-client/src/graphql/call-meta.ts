/** What one GraphQL call tells the error mapper, through the pipeline's per-call `meta`. */
export interface StakeCallMeta {
  readonly operationName: string | undefined;
  /** A null `data.user` means the token was refused (research §2.4, §1.4). */
  readonly requireUser: boolean;
}

/** Reads a call's meta back, tolerating calls made without it. */
export function stakeCallMeta(meta: Readonly<Record<string, unknown>>): StakeCallMeta {
  return {
    operationName: typeof meta.operationName === 'string' ? meta.operationName : undefined,
    requireUser: meta.requireUser === true,
  };
}
