import { Command } from 'commander';
import { registerCheck } from './commands/check.js';
import type { CommandContext } from './commands/command-context.js';
import { registerDemo } from './commands/demo.js';
import { registerExtractCurl } from './commands/extract-curl.js';
import { registerHeaders } from './commands/headers.js';
import { EXIT_CODES_HELP } from './exit-codes.js';
import { styleFor } from './output/style.js';
import { CLI_VERSION } from './version.js';

/**
 * The `acme-auth` command tree. Commander throws instead of exiting (`exitOverride`), so
 * `main` owns every exit code; with `--json` its error text is left out, and `main` prints
 * a JSON document instead.
 *
 * @example
 * ```ts
 * await buildProgram(context, { json: false }).parseAsync(process.argv);
 * ```
 */
export function buildProgram(
  context: CommandContext,
  options: { readonly json: boolean },
): Command {
  const program = new Command('acme-auth')
    .description(
      'Check Stake.com, Stack Auth and Stash credentials, extract a Stake token from "Copy as cURL", show the headers a request carries (masked), and run the demo on local servers. Secrets are always printed masked.',
    )
    .version(CLI_VERSION)
    .exitOverride()
    .configureOutput({
      outputError: (text, write) => {
        if (!options.json) write(styleFor(process.stderr).fail(`${text.trimEnd()}\n`));
        if (!options.json) write('(run acme-auth --help for usage)\n');
      },
    });

  registerExtractCurl(program, context);
  registerCheck(program, context);
  registerHeaders(program, context);
  registerDemo(program, context);

  for (const command of [program, ...program.commands]) {
    command.addHelpText(
      'afterAll',
      `\n${EXIT_CODES_HELP}\nColours on a TTY only; NO_COLOR turns them off.`,
    );
  }
  return program;
}
