import type { ErrorSummary } from '../output/describe-error.js';

/** What a step may close when it ends: servers and clients. */
export interface Closable {
  close(): unknown;
}

/** What a demo step gets: a way to close what it opens, to report results and progress. */
export interface DemoContext {
  /** Registers something to close when the step ends, and returns it. */
  open<T extends Closable>(thing: T): T;
  /** A result line of the report (no secret: print `Secret`s, which show their mask). */
  ok(text: string): void;
  /** What the step is doing now, for the progress line. */
  progress(text: string): void;
}

/** One section of the demo. */
export interface DemoStep {
  readonly id: string;
  readonly title: string;
  readonly run: (context: DemoContext) => Promise<void>;
}

/** What a step did, as the report shows it. */
export interface DemoStepResult {
  readonly id: string;
  readonly title: string;
  readonly ok: boolean;
  readonly durationMs: number;
  readonly results: readonly string[];
  readonly error?: ErrorSummary;
}

/** What `demo --json` prints. */
export interface DemoReport {
  readonly ok: boolean;
  readonly durationMs: number;
  readonly steps: readonly DemoStepResult[];
}

/** The loopback servers speak http: allowed for 127.0.0.1 only; anything else must be https. */
export const LOCAL = { allowInsecureHttp: true } as const;
