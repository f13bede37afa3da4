import type { LoopbackServer } from '@acme/testing';
import { isSdkError, type PipelineHooks } from '@core/auth';
import fc from 'fast-check';
import { expect } from 'vitest';
import { type EchoScenario, echoResponse, echoScenario } from './echo-scenario.js';
import { recordHooks } from './hook-recorder.js';
import { errorSurfaces, expectNoLeak } from './leak-surfaces.js';

/** What happens to a call: an echoing answer, or a failure before any answer. */
export type Outcome =
  | { kind: 'respond'; scenario: EchoScenario }
  | { kind: 'reset' | 'drop' | 'timeout' | 'abort' };

export const outcome: fc.Arbitrary<Outcome> = fc.oneof(
  {
    arbitrary: echoScenario.map((scenario) => ({ kind: 'respond' as const, scenario })),
    weight: 8,
  },
  { arbitrary: fc.constantFrom({ kind: 'reset' as const }, { kind: 'drop' as const }), weight: 2 },
  {
    arbitrary: fc.constantFrom({ kind: 'timeout' as const }, { kind: 'abort' as const }),
    weight: 1,
  },
);

/** Per-attempt timeout for the `timeout` outcome: short, so hanging cases stay cheap. */
export const HANG_TIMEOUT_MS = 150;
/** Retries without real waits, so 5xx and 429 cases also go through onRetry. */
export const FAST_RETRY = { limit: 1, baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 5 };

/** What a client call gets to build itself with. */
export interface CallKit {
  hooks: PipelineHooks;
  signal: AbortSignal;
  timeoutMs: number;
}

/**
 * Scripts `server` (a bare loopback, or a provider server's `loopback`) for `what`, runs the
 * call, and checks that the error (if any) and the hook events hold no form of any secret.
 * A construction error counts too: it must be an SdkError and leak-free.
 */
export async function runLeakCase(
  server: LoopbackServer,
  what: Outcome,
  secrets: readonly string[],
  call: (kit: CallKit) => Promise<unknown>,
): Promise<void> {
  const abort = new AbortController();
  server.reset().setHandler((request) => {
    if (what.kind === 'respond') return echoResponse(request, what.scenario);
    if (what.kind === 'abort') {
      abort.abort();
      return { fault: 'hang' };
    }
    return { fault: what.kind === 'timeout' ? 'hang' : what.kind };
  });
  const recorder = recordHooks();
  let error: unknown;
  try {
    await call({
      hooks: recorder.hooks,
      signal: abort.signal,
      timeoutMs: what.kind === 'timeout' ? HANG_TIMEOUT_MS : 5_000,
    });
  } catch (caught) {
    error = caught;
  }
  if (error !== undefined) {
    expect(isSdkError(error), `not an SdkError: ${String(error)}`).toBe(true);
  }
  expectNoLeak({ ...errorSurfaces(error), ...recorder.seen() }, secrets);
}
