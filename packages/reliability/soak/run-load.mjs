/**
 * Sends `total` calls with `concurrency` in flight, request i running `calls[i % calls.length]`.
 * Never throws: failures are counted by error name and code, with the first few messages kept.
 * Stops taking new work at `stopAtMs` (performance.now() time) so the soak always ends.
 */
export async function runLoad({ calls, total, concurrency, stopAtMs }) {
  const latenciesMs = new Float64Array(total);
  const perCall = calls.map((call) => ({ name: call.name, requests: 0, errors: 0 }));
  const errorKinds = new Map();
  const errorSamples = [];
  let next = 0;
  let completed = 0;

  async function worker() {
    while (next < total && performance.now() < stopAtMs) {
      const index = next++;
      const slot = index % calls.length;
      const call = calls[slot];
      const stats = perCall[slot];
      const started = performance.now();
      try {
        await call.run();
      } catch (error) {
        stats.errors++;
        const kind = `${error?.name ?? 'Error'}${error?.code ? ` (${error.code})` : ''}`;
        errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
        if (errorSamples.length < 5) errorSamples.push(`${call.name}: ${error?.message ?? error}`);
      }
      latenciesMs[index] = performance.now() - started;
      stats.requests++;
      completed++;
    }
  }

  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const durationMs = performance.now() - started;
  return {
    completed,
    durationMs,
    latenciesMs: latenciesMs.subarray(0, completed),
    perCall,
    errors: perCall.reduce((sum, call) => sum + call.errors, 0),
    errorKinds: Object.fromEntries(errorKinds),
    errorSamples,
  };
}

/** The p-th percentile (0-100) of `values`, nearest rank. */
export function percentile(values, p) {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? 0;
}
