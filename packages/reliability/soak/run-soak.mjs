// `pnpm soak` (outside `pnpm test`): 100 000 requests at concurrency 100 over loopback, the
// three built clients in turn against @acme/testing servers in a child process. Budgets: no
// error, every request seen once by the server, heap growth under 10 MB between a GC after
// the warm-up and a GC after the run. Prints a table, writes results/latest.json, and exits
// 1 when a budget fails. Needs `node --expose-gc` (the root script passes it).
import { parseArgs } from 'node:util';
import { forkServers } from './fork-servers.mjs';
import { mb, printTable, writeResult } from './report.mjs';
import { percentile, runLoad } from './run-load.mjs';
import { createSoakClients } from './soak-clients.mjs';

export const DEFAULT_REQUESTS = 100_000;
export const DEFAULT_CONCURRENCY = 100;
export const DEFAULT_WARMUP_REQUESTS = 5_000;
export const HEAP_GROWTH_BUDGET_MB = 10;
/** The run stops taking work after this long, so a stuck soak ends by itself (and fails). */
export const DEFAULT_MAX_MINUTES = 15;

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: String(DEFAULT_REQUESTS) },
    concurrency: { type: 'string', default: String(DEFAULT_CONCURRENCY) },
    warmup: { type: 'string', default: String(DEFAULT_WARMUP_REQUESTS) },
    'max-minutes': { type: 'string', default: String(DEFAULT_MAX_MINUTES) },
  },
});
const requests = Number(values.requests);
const concurrency = Number(values.concurrency);
const warmup = Number(values.warmup);
const maxMs = Number(values['max-minutes']) * 60_000;

const gc = globalThis.gc;
if (typeof gc !== 'function') {
  console.error(
    '[soak] run with node --expose-gc (pnpm soak does): the heap is read after a full GC.',
  );
  process.exit(2);
}

/** heapUsed after full collections, with a few turns of the loop for closed handles to go. */
async function settledHeapUsed() {
  for (let round = 0; round < 3; round++) {
    await new Promise((resolve) => setImmediate(resolve));
    gc();
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  gc();
  return process.memoryUsage().heapUsed;
}

const servers = await forkServers();
const clients = createSoakClients(servers.info);
const deadline = () => performance.now() + maxMs;
try {
  console.error(`[soak] warm-up: ${warmup} requests at concurrency ${concurrency}`);
  const warm = await runLoad({
    calls: clients.calls,
    total: warmup,
    concurrency,
    stopAtMs: deadline(),
  });
  const heapBefore = await settledHeapUsed();

  console.error(`[soak] run: ${requests} requests at concurrency ${concurrency}`);
  const run = await runLoad({
    calls: clients.calls,
    total: requests,
    concurrency,
    stopAtMs: deadline(),
  });
  const heapAfter = await settledHeapUsed();

  const seen = await servers.stats();
  const sent = warm.completed + run.completed;
  const serverSeen = seen.stake + seen.stack + seen.stash;
  const growthMb = mb(heapAfter - heapBefore);
  const ms = (value) => `${value.toFixed(2)} ms`;
  const rows = [
    {
      figure: 'requests completed',
      value: `${run.completed}`,
      budget: `= ${requests}`,
      pass: run.completed === requests,
    },
    {
      figure: 'errors',
      value: `${run.errors + warm.errors}`,
      budget: '= 0',
      pass: run.errors + warm.errors === 0,
    },
    {
      figure: 'server saw (incl. warm-up)',
      value: `${serverSeen}`,
      budget: `= ${sent} sent`,
      pass: serverSeen === sent,
    },
    { figure: 'retries (pipeline hook)', value: `${clients.counters.retries}` },
    { figure: 'duration', value: `${(run.durationMs / 1000).toFixed(1)} s` },
    { figure: 'throughput', value: `${Math.round(run.completed / (run.durationMs / 1000))} req/s` },
    { figure: 'latency p50', value: ms(percentile(run.latenciesMs, 50)) },
    { figure: 'latency p99', value: ms(percentile(run.latenciesMs, 99)) },
    { figure: 'latency max', value: ms(percentile(run.latenciesMs, 100)) },
    { figure: 'heap after warm-up + GC', value: `${mb(heapBefore).toFixed(2)} MB` },
    { figure: 'heap after run + GC', value: `${mb(heapAfter).toFixed(2)} MB` },
    {
      figure: 'heap growth',
      value: `${growthMb.toFixed(2)} MB`,
      budget: `< ${HEAP_GROWTH_BUDGET_MB} MB`,
      pass: growthMb < HEAP_GROWTH_BUDGET_MB,
    },
    {
      figure: 'peak RSS (client process)',
      value: `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    },
  ];
  printTable(rows);
  const pass = rows.every((row) => row.pass !== false);
  const file = writeResult({
    date: new Date().toISOString(),
    node: process.version,
    requests,
    concurrency,
    warmupRequests: warmup,
    pass,
    rows,
    perCall: run.perCall,
    serverSeen: seen,
    errorKinds: { ...warm.errorKinds, ...run.errorKinds },
    errorSamples: [...warm.errorSamples, ...run.errorSamples].slice(0, 5),
    heap: { beforeBytes: heapBefore, afterBytes: heapAfter, growthBytes: heapAfter - heapBefore },
  });
  if (run.errorSamples.length + warm.errorSamples.length > 0) {
    console.log(`\nfirst errors:\n  ${[...warm.errorSamples, ...run.errorSamples].join('\n  ')}`);
  }
  console.log(`\n${pass ? 'soak passed' : 'soak FAILED'}: ${file}`);
  process.exitCode = pass ? 0 : 1;
} finally {
  await clients.close();
  await servers.close();
}
