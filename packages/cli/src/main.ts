import { CommanderError } from 'commander';
import type { CommandContext } from './commands/command-context.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './exit-codes.js';
import { describeError } from './output/describe-error.js';
import { styleFor } from './output/style.js';
import { buildProgram } from './program.js';
import { UsageError } from './usage-error.js';

/**
 * Runs `acme-auth` and resolves to its exit code: 0 ok, 1 a check or call failed, 2 usage.
 * Failures print to stderr, or as one JSON document `{ ok: false, error }` on stdout with
 * `--json`. Error messages of the SDK are redacted when built, so none holds a secret.
 *
 * @example
 * ```ts
 * process.exitCode = await main(process.argv);
 * ```
 */
export async function main(argv: readonly string[]): Promise<number> {
  const json = argv.slice(2).includes('--json');
  const context: CommandContext = { exitCode: EXIT_OK };
  try {
    await buildProgram(context, { json }).parseAsync([...argv]);
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version "fail" with exit code 0; commander already printed its message.
      if (error.exitCode === 0) return EXIT_OK;
      if (json)
        printJson({
          kind: 'usage',
          name: 'UsageError',
          message: error.message.replace(/^error: /, ''),
        });
      return EXIT_USAGE;
    }
    const usage = error instanceof UsageError;
    const summary = describeError(error);
    if (json) printJson({ kind: usage ? 'usage' : 'error', ...summary });
    else process.stderr.write(`${styleFor(process.stderr).fail(`error: ${summary.message}`)}\n`);
    return usage ? EXIT_USAGE : EXIT_FAILED;
  }
}

function printJson(error: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify({ ok: false, error }, null, 2)}\n`);
}
