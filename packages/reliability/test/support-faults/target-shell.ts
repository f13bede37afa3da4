import type { LoopbackServer } from '@acme/testing';
import type { CallOptions } from '@core/auth';
import type { AttemptCounter, ChargeOp, ClientName, FaultTarget } from './target.js';

/** What sets one client's target apart; the attempt count and reset are the same for all. */
export interface TargetParts {
  readonly name: ClientName;
  readonly provider: string;
  readonly loopback: LoopbackServer;
  readonly counter: AttemptCounter;
  read(call: CallOptions): Promise<unknown>;
  okBody(): Promise<string>;
  readonly chargeOps: readonly ChargeOp[];
  close(): Promise<void>;
}

/** A {@link FaultTarget} whose attempts come from `counter` and whose reset clears both logs. */
export function faultTarget(parts: TargetParts): FaultTarget {
  const { counter, loopback } = parts;
  return {
    name: parts.name,
    provider: parts.provider,
    loopback,
    get attempts() {
      return counter.count;
    },
    reset() {
      loopback.reset();
      counter.count = 0;
    },
    read: (call) => parts.read(call),
    okBody: () => parts.okBody(),
    chargeOps: parts.chargeOps,
    close: () => parts.close(),
  };
}
