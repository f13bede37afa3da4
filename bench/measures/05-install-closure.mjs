// Figure 5: each client's production dependency closure (packages and bytes installed) vs
// @stackframe/js. The client itself is not counted, nor is @stackframe/js itself; a workspace
// dependency (@core/auth) counts what it would publish (its `files`).
import { fileURLToPath } from 'node:url';
import { CLIENTS, STACKFRAME } from '../lib/clients.mjs';
import { installClosure } from '../lib/install-closure.mjs';
import { row } from '../lib/stats.mjs';

export const title = '5. install closure';

const pkgDir = (folder) => fileURLToPath(new URL(`../../packages/${folder}/`, import.meta.url));

export async function measure() {
  const sdk = installClosure(
    fileURLToPath(new URL(`../node_modules/${STACKFRAME.name}/`, import.meta.url)),
  );
  const rows = [];
  for (const client of CLIENTS) {
    const ours = installClosure(pkgDir(client.folder));
    const extra = {
      ours: { ...ours, all: undefined },
      ...(rows.length === 0 ? { stackframe: { ...sdk, all: undefined } } : {}),
    };
    extra.ours.all = ours.all;
    rows.push(
      row({
        id: `5.${client.folder}.packages`,
        figure: `install closure packages: ${client.name} / @stackframe/js`,
        ours: ours.packages,
        baseline: sdk.packages,
        unit: 'pkgs',
        extra,
      }),
      row({
        id: `5.${client.folder}.bytes`,
        figure: `install closure bytes: ${client.name} / @stackframe/js`,
        ours: ours.bytes,
        baseline: sdk.bytes,
        unit: 'bytes',
      }),
    );
  }
  return rows;
}
