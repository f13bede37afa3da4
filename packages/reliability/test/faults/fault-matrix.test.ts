import { isSdkError } from '@core/auth';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { FAULTS, loggedExactly } from '../support-faults/faults.js';
import { outcomeOf } from '../support-faults/outcomes.js';
import {
  failOnUnhandledRejections,
  rejectionOf,
  settle,
  TEST_TIMEOUT_MS,
} from '../support-faults/settle.js';
import { closeTargets, startTargets, titleOf } from '../support-faults/targets.js';

// Issue 8, the fault matrix: fault × client × transport, each on a representative read. Every
// call must settle by its deadline with the typed error of the fault, after exactly the
// attempts the retry rules allow, and leave no unhandled rejection behind.
failOnUnhandledRejections();

const sets = await startTargets();
afterAll(() => closeTargets(sets));

describe.each(sets.map((set) => ({ set, title: titleOf(set) })))('$title', ({ set }) => {
  const { target, okBody } = set;
  beforeEach(() => {
    target.reset();
  });

  it('control: the read succeeds with no fault, in one request', async () => {
    const settled = await settle(target.read({}));
    expect(settled.status).toBe('resolved');
    expect(target.attempts).toBe(1);
    expect(target.loopback.requests).toHaveLength(1);
  });

  it.each(FAULTS)(
    '$name',
    async (fault) => {
      const outcome = outcomeOf(fault, target.name);
      target.loopback.enqueue(...fault.steps(okBody));

      const error = await rejectionOf(target.read(fault.call ?? {}));

      expect(isSdkError(error), `not an SdkError: ${String(error)}`).toBe(true);
      expect(
        outcome.error.is(error),
        `expected ${outcome.error.kind}, got ${(error as Error).name}: ${(error as Error).message}`,
      ).toBe(true);
      expect(error).toMatchObject({ provider: target.provider, ...outcome.fields });
      outcome.check?.(error);
      expect(target.attempts, 'attempts the client made').toBe(outcome.requests);
      const seen = target.loopback.requests.length;
      if (loggedExactly(fault)) expect(seen, 'requests the server saw').toBe(outcome.requests);
      else expect(seen, 'requests the server saw').toBeLessThanOrEqual(outcome.requests);
    },
    TEST_TIMEOUT_MS,
  );
});
