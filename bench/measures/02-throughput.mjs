// Figure 2: throughput at concurrency 64 against the same server process.
import { buildGetVariants } from '../lib/get-variants.mjs';
import { measureThroughput } from '../lib/interleave.mjs';
import { row } from '../lib/stats.mjs';

export const title = '2. throughput at concurrency 64';

export async function measure(ctx) {
  const server = await ctx.stackServer();
  const { variants, close } = buildGetVariants(server.info);
  try {
    const rps = await measureThroughput(variants, {
      concurrency: 64,
      total: 1200,
      warmup: 500,
      rounds: 5,
      beforeRound: server.reset,
    });
    const raw = rps['raw fetch'];
    const extra = { requestsPerSecond: rps };
    return [
      row({
        id: '2.pipeline',
        figure: 'throughput c=64: pipeline / raw fetch',
        ours: rps.pipeline,
        baseline: raw,
        unit: 'req/s',
        goal: 0.95,
        better: 'higher',
        extra,
      }),
      row({
        id: '2.stack',
        figure: 'throughput c=64: stack getUser / raw fetch',
        ours: rps['stack getUser'],
        baseline: raw,
        unit: 'req/s',
        goal: 0.95,
        better: 'higher',
      }),
      row({
        id: '2.pipeline-fetch',
        figure: 'throughput c=64: pipeline on ky+fetch / raw fetch (reference)',
        ours: rps['pipeline on fetch'],
        baseline: raw,
        unit: 'req/s',
      }),
      row({
        id: '2.ky',
        figure: 'throughput c=64: bare ky / raw fetch (reference)',
        ours: rps['bare ky'],
        baseline: raw,
        unit: 'req/s',
      }),
    ];
  } finally {
    close();
  }
}
