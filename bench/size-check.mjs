// `pnpm size`: fails (exit 1) when a client's tree-shaken, minified, gzipped bundle with its
// dependencies exceeds 20 KB. A size, not a time, so it is safe to run in CI.
import { BUNDLE_BUDGET_BYTES, bundleSize } from './lib/bundle.mjs';
import { CLIENTS } from './lib/clients.mjs';

let failed = false;
for (const client of CLIENTS) {
  const { gzipBytes, minifiedBytes } = await bundleSize(client.name, client.entry);
  const ok = gzipBytes <= BUNDLE_BUDGET_BYTES;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${client.name} (${client.entry}): ${(gzipBytes / 1024).toFixed(1)} KB gzip, ${(minifiedBytes / 1024).toFixed(1)} KB min (budget ${BUNDLE_BUDGET_BYTES / 1024} KB gzip)`,
  );
}
if (failed) {
  console.error(
    'size check failed: a client bundle is over budget. Run `node bench/run.mjs 06` to see which packages weigh most.',
  );
  process.exit(1);
}
