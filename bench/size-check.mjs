// `pnpm size`: fails (exit 1) when a client's tree-shaken, minified, gzipped bundle with its
// dependencies exceeds its ceiling (see lib/clients.mjs), and says how far each is from the
// issue's 20 KB goal. A size, not a time, so it is safe to run in CI.
import { BUNDLE_BUDGET_BYTES, bundleSize } from './lib/bundle.mjs';
import { CLIENTS } from './lib/clients.mjs';

let failed = false;
for (const client of CLIENTS) {
  const { gzipBytes, minifiedBytes } = await bundleSize(client.name, client.entry);
  const ok = gzipBytes <= client.ceilingBytes;
  failed ||= !ok;
  const goal =
    gzipBytes <= BUNDLE_BUDGET_BYTES ? 'goal met' : `goal ${BUNDLE_BUDGET_BYTES / 1024} KB missed`;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${client.name} (${client.entry}): ${(gzipBytes / 1024).toFixed(1)} KB gzip, ${(minifiedBytes / 1024).toFixed(1)} KB min (ceiling ${client.ceilingBytes / 1024} KB gzip; ${goal})`,
  );
}
if (failed) {
  console.error(
    'size check failed: a client bundle grew past its ceiling. Run `node bench/run.mjs 06` to see which packages weigh most.',
  );
  process.exit(1);
}
