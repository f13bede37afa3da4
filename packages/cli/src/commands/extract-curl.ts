import type { Command } from 'commander';
import type { CurlSummary } from '../curl/curl-summary.js';
import { readInput } from '../curl/read-input.js';
import type { EnvWrite } from '../dotenv/write-env-file.js';
import { EXIT_OK } from '../exit-codes.js';
import { emit } from '../output/emit.js';
import type { Style } from '../output/style.js';
import type { CommandContext } from './command-context.js';

interface ExtractOptions {
  readonly json?: boolean;
  readonly write?: string;
  readonly force?: boolean;
}

/** What `extract-curl --json` prints. */
export interface ExtractReport extends CurlSummary {
  readonly ok: true;
  readonly written: EnvWrite | null;
}

/**
 * `acme-auth extract-curl [file]`: Stake's credentials from "Copy as cURL", masked.
 *
 * @example
 * ```sh
 * pbpaste | acme-auth extract-curl --write .env
 * ```
 */
export function registerExtractCurl(program: Command, context: CommandContext): void {
  program
    .command('extract-curl')
    .description(
      'Read a Stake "Copy as cURL" (bash, cmd or PowerShell; Chrome, Firefox or Safari) from a file or stdin and show the token, session, cf_clearance, user agent and base URL, masked.',
    )
    .argument('[file]', 'a file holding the copied command; stdin when left out or -')
    .option(
      '--write <path>',
      'write STAKE_ACCESS_TOKEN, STAKE_SESSION_COOKIE, STAKE_CF_CLEARANCE, STAKE_USER_AGENT and STAKE_BASE_URL to this .env file (mode 0600); refused when git does not ignore it',
    )
    .option(
      '--force',
      'with --write: write outside a git work tree, where ignoring cannot be checked',
    )
    .option('--json', 'print one JSON document to stdout')
    .addHelpText(
      'after',
      `
--write replaces those variables' lines and keeps every other line; a variable the new
curl lacks (e.g. an old cf_clearance) is removed. A file git does not ignore is always
refused; --force only allows a file outside any git work tree.`,
    )
    .action(async (file: string | undefined, options: ExtractOptions) => {
      const input = await readInput(file);
      const { parseCurl } = await import('@acme/stake-client');
      const { envValuesOf, summariseCurl } = await import('../curl/curl-summary.js');
      const { writeEnvFile } = await import('../dotenv/write-env-file.js');
      const parsed = parseCurl(input);
      const summary = summariseCurl(parsed);
      const written =
        options.write === undefined
          ? null
          : await writeEnvFile(options.write, envValuesOf(parsed), {
              force: options.force === true,
            });
      const report: ExtractReport = { ok: true, ...summary, written };
      emit({ json: options.json === true, result: report, render: renderExtract });
      context.exitCode = EXIT_OK;
    });
}

function renderExtract(report: ExtractReport, style: Style): string {
  const row = (name: string, value: string | null) =>
    `  ${style.dim(name.padEnd(14))} ${value ?? style.dim('(none)')}`;
  const lines = [
    style.bold(`Stake credentials from a ${report.form} curl command`),
    row('access token', report.accessToken),
    row('session', report.sessionCookie),
    row('cf_clearance', report.cfClearance),
    row('user agent', report.userAgent),
    row('base URL', report.baseUrl),
    ...report.warnings.map((w) => style.warn(`  ! ${w}`)),
  ];
  if (report.written !== null) {
    const { path, set, removed } = report.written;
    lines.push(style.ok(`✓ wrote ${set.join(', ')} to ${path} (mode 0600)`));
    if (removed.length > 0) lines.push(style.dim(`  removed stale ${removed.join(', ')}`));
  } else {
    lines.push(style.dim('Save them with --write .env (git-ignored, mode 0600).'));
  }
  return lines.join('\n');
}
