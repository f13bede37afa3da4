import { median } from './stats.mjs';

/**
 * Sequential latency, side by side: each round runs every variant for `calls` calls, in a
 * rotated order so no variant always goes first; the figure is the median over rounds of each
 * round's mean time per call, in microseconds. `beforeRound` runs outside the timing.
 */
export async function measureLatency(variants, { warmupCalls, rounds, calls, beforeRound }) {
  for (const variant of variants) {
    await variant.setup?.();
    for (let index = 0; index < warmupCalls; index += 1) await variant.call(index);
    await variant.teardown?.();
  }
  const samples = new Map(variants.map((variant) => [variant.name, []]));
  for (let round = 0; round < rounds; round += 1) {
    if (beforeRound !== undefined) await beforeRound();
    for (let offset = 0; offset < variants.length; offset += 1) {
      const variant = variants[(round + offset) % variants.length];
      await variant.setup?.();
      const started = process.hrtime.bigint();
      for (let index = 0; index < calls; index += 1) await variant.call(index);
      const elapsedUs = Number(process.hrtime.bigint() - started) / 1000;
      await variant.teardown?.();
      samples.get(variant.name).push(elapsedUs / calls);
    }
  }
  return Object.fromEntries([...samples].map(([name, values]) => [name, median(values)]));
}

/** Runs `total` calls with `concurrency` workers and returns calls per second. */
async function runConcurrent(call, concurrency, total) {
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const index = next;
      next += 1;
      await call(index);
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return total / seconds;
}

/** Throughput side by side: rotated order per round, median requests/second over rounds. */
export async function measureThroughput(
  variants,
  { concurrency, total, warmup, rounds, beforeRound },
) {
  for (const variant of variants) await runConcurrent(variant.call, concurrency, warmup);
  const samples = new Map(variants.map((variant) => [variant.name, []]));
  for (let round = 0; round < rounds; round += 1) {
    if (beforeRound !== undefined) await beforeRound();
    for (let offset = 0; offset < variants.length; offset += 1) {
      const variant = variants[(round + offset) % variants.length];
      samples.get(variant.name).push(await runConcurrent(variant.call, concurrency, total));
    }
  }
  return Object.fromEntries([...samples].map(([name, values]) => [name, median(values)]));
}
