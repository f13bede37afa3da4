import type { TransportKind } from '@core/auth';
import { stackTarget } from './stack-target.js';
import { stakeTarget } from './stake-target.js';
import { stashTarget } from './stash-target.js';
import { type FaultTarget, TRANSPORTS } from './target.js';

/** One target per client and transport, each with its own local server. */
export interface TargetSet {
  readonly transport: TransportKind;
  readonly target: FaultTarget;
  /** A real 2xx body of the target's read, for faults that mangle one. */
  readonly okBody: string;
}

/** Starts every client's server once per transport; close them with {@link closeTargets}. */
export async function startTargets(): Promise<TargetSet[]> {
  const starts = TRANSPORTS.flatMap((transport) =>
    [stakeTarget, stackTarget, stashTarget].map(async (start) => {
      const target = await start(transport);
      return { transport, target, okBody: await target.okBody() };
    }),
  );
  return Promise.all(starts);
}

export async function closeTargets(sets: readonly TargetSet[]): Promise<void> {
  await Promise.all(sets.map(({ target }) => target.close()));
}

/** Test titles: `stake over node`. */
export function titleOf({ target, transport }: TargetSet): string {
  return `${target.name} over ${transport}`;
}
