import { describeError } from '../output/describe-error.js';
import type { Closable, DemoReport, DemoStep, DemoStepResult } from './demo-step.js';
import type { Progress } from './progress.js';
import { pipelineStep } from './steps/pipeline-step.js';
import { stackStep } from './steps/stack-step.js';
import { stakeStep } from './steps/stake-step.js';
import { stashStep } from './steps/stash-step.js';

/** The demo's steps, in order: each client's real flow, then the pipeline underneath. */
export const DEMO_STEPS: readonly DemoStep[] = [stakeStep, stackStep, stashStep, pipelineStep];

/**
 * Runs every step, each closing what it opened (servers, clients) even when it fails, and
 * goes on after a failed step so the report shows them all.
 *
 * @example
 * ```ts
 * const report = await runDemo(DEMO_STEPS, progress);
 * ```
 */
export async function runDemo(steps: readonly DemoStep[], progress: Progress): Promise<DemoReport> {
  const started = performance.now();
  const results: DemoStepResult[] = [];
  for (const step of steps) results.push(await runStep(step, progress));
  progress.stop();
  return {
    ok: results.every((r) => r.ok),
    durationMs: Math.round(performance.now() - started),
    steps: results,
  };
}

async function runStep(step: DemoStep, progress: Progress): Promise<DemoStepResult> {
  const started = performance.now();
  const opened: Closable[] = [];
  const lines: string[] = [];
  const base = { id: step.id, title: step.title, results: lines };
  const took = () => Math.round(performance.now() - started);
  try {
    await step.run({
      open: (thing) => {
        opened.push(thing);
        return thing;
      },
      ok: (text) => lines.push(text),
      progress: (text) => progress.update(`${step.title}: ${text}`),
    });
    return { ...base, ok: true, durationMs: took() };
  } catch (error) {
    return { ...base, ok: false, durationMs: took(), error: describeError(error) };
  } finally {
    for (const thing of opened.reverse()) await thing.close();
  }
}
