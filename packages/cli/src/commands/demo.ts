import type { Command } from 'commander';
import { createProgress } from '../demo/progress.js';
import { renderDemo } from '../demo/render-demo.js';
import { EXIT_FAILED, EXIT_OK } from '../exit-codes.js';
import { emit } from '../output/emit.js';
import type { CommandContext } from './command-context.js';

/**
 * `acme-auth demo`: the README's main job, with no account and no network.
 *
 * @example
 * ```sh
 * acme-auth demo --json | jq .ok
 * ```
 */
export function registerDemo(program: Command, context: CommandContext): void {
  program
    .command('demo')
    .description(
      "Start the local Stake, Stack Auth and Stash servers from @acme/testing on 127.0.0.1 and run each client's real flow, then the pipeline's guarantees. No account or network needed.",
    )
    .option('--json', 'print the report as one JSON document to stdout (progress only on a TTY)')
    .action(async (options: { readonly json?: boolean }) => {
      const json = options.json === true;
      const progress = createProgress(process.stderr, { quiet: json });
      progress.update('loading the clients and local servers');
      const { DEMO_STEPS, runDemo } = await import('../demo/run-demo.js');
      const report = await runDemo(DEMO_STEPS, progress);
      emit({ json, result: report, render: renderDemo });
      context.exitCode = report.ok ? EXIT_OK : EXIT_FAILED;
    });
}
