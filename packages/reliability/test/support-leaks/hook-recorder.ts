import type { PipelineHooks } from '@core/auth';

/** Hooks that keep every event, stringified at once, as a logger would. */
export function recordHooks(): { hooks: PipelineHooks; seen: () => Record<string, string> } {
  const events: string[] = [];
  const push =
    (kind: string) =>
    (event: unknown): void => {
      events.push(`${kind} ${JSON.stringify(event)} ${String(Object.values(event as object))}`);
    };
  return {
    hooks: { onRequest: push('request'), onResponse: push('response'), onRetry: push('retry') },
    seen: () => ({ hooks: events.join('\n') }),
  };
}
