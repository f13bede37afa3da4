// Figure 1: authenticated GET latency over loopback (server in another process), sequential.
import { buildGetVariants } from '../lib/get-variants.mjs';
import { measureLatency } from '../lib/interleave.mjs';
import { row } from '../lib/stats.mjs';

export const title = '1. authenticated GET latency';

/** Header names each variant actually sent, to show they send the same ones. */
async function sentHeaders(server, variants) {
  const sent = {};
  for (const variant of variants) {
    await variant.call(0);
    const { headers } = await server.lastRequest();
    sent[variant.name] = Object.keys(headers).sort().join(',');
  }
  return sent;
}

export async function measure(ctx) {
  const server = await ctx.stackServer();
  const { variants, close } = buildGetVariants(server.info);
  try {
    const headers = await sentHeaders(server, variants);
    const us = await measureLatency(variants, {
      warmupCalls: 150,
      rounds: 11,
      calls: 120,
      beforeRound: server.reset,
    });
    const raw = us['raw fetch'];
    const extra = { microsecondsPerCall: us, headersSent: headers };
    return [
      row({
        id: '1.pipeline',
        figure: 'GET latency: pipeline / raw fetch',
        ours: us.pipeline,
        baseline: raw,
        unit: 'us',
        goal: 1.05,
        better: 'lower',
        extra,
      }),
      row({
        id: '1.stack',
        figure: 'GET latency: stack getUser / raw fetch',
        ours: us['stack getUser'],
        baseline: raw,
        unit: 'us',
        goal: 1.05,
        better: 'lower',
      }),
      row({
        id: '1.pipeline-fetch',
        figure: 'GET latency: pipeline on ky+fetch / raw fetch (reference)',
        ours: us['pipeline on fetch'],
        baseline: raw,
        unit: 'us',
      }),
      row({
        id: '1.ky',
        figure: 'GET latency: bare ky / raw fetch (reference)',
        ours: us['bare ky'],
        baseline: raw,
        unit: 'us',
      }),
      row({
        id: '1.pipeline-vs-ky',
        figure: 'GET latency: pipeline / bare ky',
        ours: us.pipeline,
        baseline: us['bare ky'],
        unit: 'us',
      }),
    ];
  } finally {
    close();
  }
}
