import { ConfigurationError, isSdkError } from '@core/auth';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { FAULTS, loggedExactly } from '../support-faults/faults.js';
import { outcomeOf } from '../support-faults/outcomes.js';
import {
  failOnUnhandledRejections,
  rejectionOf,
  TEST_TIMEOUT_MS,
} from '../support-faults/settle.js';
import { closeTargets, startTargets, titleOf } from '../support-faults/targets.js';

// Issue 8, charge-once: every call that could charge or change twice, under every fault, reaches
// the server exactly once. A call marked idempotent may be retried as a read is, and one with an
// idempotency key must send the same key on every attempt.
failOnUnhandledRejections();

const sets = await startTargets();
afterAll(() => closeTargets(sets));

const rows = sets.flatMap((set) =>
  set.target.chargeOps.map((op) => ({ set, op, title: `${titleOf(set)}: ${op.name}` })),
);

describe.each(rows)('$title', ({ set, op }) => {
  const { target, okBody } = set;
  beforeEach(() => {
    target.reset();
  });

  it.each(FAULTS)(
    '$name',
    async (fault) => {
      const outcome = outcomeOf(fault, target.name);
      target.loopback.enqueue(...fault.steps(okBody));

      const error = await rejectionOf(op.run(fault.call ?? {}));

      // Sent, then failed with the fault's class: not refused before the wire.
      expect(isSdkError(error) && !ConfigurationError.is(error), String(error)).toBe(true);
      expect(outcome.error.is(error), `expected ${outcome.error.kind}: ${String(error)}`).toBe(
        true,
      );
      // Once, unless the call may be retried: then as often as a read under the same fault.
      const expected = op.retries === undefined ? 1 : outcome.requests;
      expect(target.attempts, 'attempts the client made').toBe(expected);
      const seen = target.loopback.requests.filter((request) => op.matches(request));
      if (loggedExactly(fault)) expect(seen, 'requests the server saw').toHaveLength(expected);
      else expect(seen.length, 'requests the server saw').toBeLessThanOrEqual(expected);
      if (op.retries === 'key') {
        const keys = new Set(seen.map((request) => op.keyOf?.(request)));
        expect([...keys], 'idempotency keys sent').toHaveLength(seen.length === 0 ? 0 : 1);
        for (const key of keys) expect(key).toEqual(expect.any(String));
      }
    },
    TEST_TIMEOUT_MS,
  );
});
