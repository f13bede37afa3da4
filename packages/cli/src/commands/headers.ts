import { Argument, type Command } from 'commander';
import { loadEnvFile } from '../env/load-env-file.js';
import { EXIT_OK } from '../exit-codes.js';
import { emit } from '../output/emit.js';
import { PROVIDER_NAMES, PROVIDER_TITLES, type ProviderName } from '../providers/provider-name.js';
import type { CommandContext } from './command-context.js';

interface HeadersOptions {
  readonly json?: boolean;
  readonly dotenv?: string;
}

/**
 * `acme-auth headers <stake|stack|stash>`: the auth headers a request would carry, masked.
 *
 * @example
 * ```sh
 * acme-auth headers stake --json
 * ```
 */
export function registerHeaders(program: Command, context: CommandContext): void {
  program
    .command('headers')
    .description(
      'Show the authentication headers a request would carry, built from the environment and ./.env by the client itself, with every secret masked.',
    )
    .addArgument(new Argument('<provider>', 'which provider').choices(PROVIDER_NAMES))
    .option('--dotenv <path>', 'the .env file to read (default: ./.env when it exists)')
    .option('--json', 'print one JSON document to stdout')
    .action(async (provider: ProviderName, options: HeadersOptions) => {
      loadEnvFile(options.dotenv);
      const { providerHeaders } = await import('../headers/provider-headers.js');
      const report = await providerHeaders(provider);
      emit({
        json: options.json === true,
        result: { ok: true, ...report },
        render: (r, style) =>
          [
            style.bold(`${PROVIDER_TITLES[r.provider]}: ${r.note}`),
            ...Object.entries(r.headers).map(
              ([name, value]) => `  ${style.dim(`${name}:`)} ${value}`,
            ),
          ].join('\n'),
      });
      context.exitCode = EXIT_OK;
    });
}
