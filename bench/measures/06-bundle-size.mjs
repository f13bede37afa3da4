// Figure 6: tree-shaken, minified, gzipped bundle of each client's main export with its
// dependencies (budget 20 KB each; `pnpm size` enforces it in CI). @stackframe/js for reference.
import { BUNDLE_BUDGET_BYTES, bundleSize } from '../lib/bundle.mjs';
import { CLIENTS, STACKFRAME } from '../lib/clients.mjs';
import { row } from '../lib/stats.mjs';

export const title = '6. bundle size (gzip)';

export async function measure() {
  let sdk;
  try {
    sdk = await bundleSize(STACKFRAME.name, STACKFRAME.entry);
  } catch (error) {
    sdk = { error: String(error?.message ?? error).slice(0, 300) };
  }
  const rows = [];
  for (const client of CLIENTS) {
    const ours = await bundleSize(client.name, client.entry);
    rows.push(
      row({
        id: `6.${client.folder}`,
        figure: `bundle gzip: ${client.name} (${client.entry}) / 20 KB budget`,
        ours: ours.gzipBytes,
        baseline: BUNDLE_BUDGET_BYTES,
        unit: 'bytes',
        goal: 1,
        better: 'lower',
        extra: { ...ours, ...(rows.length === 0 ? { stackframe: sdk } : {}) },
      }),
    );
  }
  if (sdk.gzipBytes !== undefined) {
    rows.push(
      ...CLIENTS.map((client, index) =>
        row({
          id: `6.${client.folder}.vs-stackframe`,
          figure: `bundle gzip: ${client.name} / @stackframe/js ${STACKFRAME.entry} (info)`,
          ours: rows[index].ours,
          baseline: sdk.gzipBytes,
          unit: 'bytes',
        }),
      ),
    );
  }
  return rows;
}
