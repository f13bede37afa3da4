import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { CLIENT_LIMITS } from './faults.js';

/**
 * The outer bound on any call: its deadline and then some. Generous on purpose: it does not
 * measure speed, it turns a call that ignores its deadline into a failure instead of a hang.
 */
export const OUTER_TIMEOUT_MS = CLIENT_LIMITS.deadlineMs + 3_000;
/** Vitest's own limit per test, above the outer bound so ours reports first. */
export const TEST_TIMEOUT_MS = OUTER_TIMEOUT_MS + 5_000;

/** How a call ended. */
export type Settled =
  | { status: 'resolved'; value: unknown }
  | { status: 'rejected'; error: unknown }
  | { status: 'hung' };

/** Waits for `promise` to settle, or OUTER_TIMEOUT_MS, whichever comes first. */
export async function settle(promise: Promise<unknown>): Promise<Settled> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hung = new Promise<Settled>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'hung' }), OUTER_TIMEOUT_MS);
  });
  try {
    return await Promise.race([
      promise.then(
        (value): Settled => ({ status: 'resolved', value }),
        (error: unknown): Settled => ({ status: 'rejected', error }),
      ),
      hung,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The error a call rejected with; fails the test when it resolved or hung. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  const settled = await settle(promise);
  if (settled.status === 'hung') {
    expect.fail(`the call did not settle within ${OUTER_TIMEOUT_MS} ms (its deadline is ignored)`);
  }
  if (settled.status === 'resolved') {
    expect.fail(
      `the call resolved (${JSON.stringify(settled.value)?.slice(0, 200)}), expected a typed error`,
    );
  }
  return settled.error;
}

/**
 * Registers a process `unhandledRejection` listener for the file and fails the test after
 * which one arrived. A macrotask passes first: Node reports them once microtasks drain.
 */
export function failOnUnhandledRejections(): void {
  const seen: unknown[] = [];
  const listener = (reason: unknown): void => {
    seen.push(reason);
  };
  beforeAll(() => {
    process.on('unhandledRejection', listener);
  });
  afterEach(async () => {
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen.splice(0), 'unhandled rejections').toEqual([]);
  });
  afterAll(() => {
    process.off('unhandledRejection', listener);
  });
}
