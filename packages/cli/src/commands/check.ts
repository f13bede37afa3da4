import { Argument, type Command } from 'commander';
import type { ProviderCheck } from '../checks/check-result.js';
import type { CheckReport } from '../checks/render-check.js';
import { loadEnvFile } from '../env/load-env-file.js';
import { EXIT_FAILED, EXIT_OK } from '../exit-codes.js';
import { emit } from '../output/emit.js';
import { PROVIDER_NAMES, type ProviderName } from '../providers/provider-name.js';
import type { CommandContext } from './command-context.js';

interface CheckOptions {
  readonly json?: boolean;
  readonly dotenv?: string;
}

/**
 * Simple rules for the exit code: one provider passes when it is `ok`; `all` passes when at
 * least one provider is configured and every configured one is `ok` (an unconfigured
 * provider is listed with the variables to set, and does not fail `all`).
 */
export function checksPassed(
  target: ProviderName | 'all',
  results: readonly ProviderCheck[],
): boolean {
  if (target !== 'all') return results.every((r) => r.status === 'ok');
  const configured = results.filter((r) => r.status !== 'not-configured');
  return configured.length > 0 && configured.every((r) => r.status === 'ok');
}

/**
 * `acme-auth check <stake|stack|stash|all>`.
 *
 * @example
 * ```sh
 * acme-auth check all --json
 * ```
 */
export function registerCheck(program: Command, context: CommandContext): void {
  program
    .command('check')
    .description(
      'Check credentials from the environment and ./.env: offline format checks first, then one cheap authenticated call per provider.',
    )
    .addArgument(new Argument('<provider>', 'which provider').choices([...PROVIDER_NAMES, 'all']))
    .option('--dotenv <path>', 'the .env file to read (default: ./.env when it exists)')
    .option('--json', 'print one JSON document to stdout')
    .addHelpText(
      'after',
      `
Variables (the environment wins over the .env file):
  Stake       STAKE_ACCESS_TOKEN; optional STAKE_SESSION_COOKIE, STAKE_CF_CLEARANCE,
              STAKE_USER_AGENT, STAKE_BASE_URL
  Stack Auth  STACK_PROJECT_ID and STACK_SECRET_SERVER_KEY (or STACK_PUBLISHABLE_CLIENT_KEY);
              optional STACK_BASE_URL
  Stash       STASH_SHOP_ID and STASH_INGRESS_SECRET (or the legacy STASH_API_KEY), and
              STASH_ENVIRONMENT (test or production) or STASH_BASE_URL; optional
              STASH_KEY_ENCODING (utf8 or base64)
http:// base URLs are accepted for 127.0.0.1 and localhost only.`,
    )
    .action(async (target: ProviderName | 'all', options: CheckOptions) => {
      const { path } = loadEnvFile(options.dotenv);
      // Loaded on use: --help and usage errors stay fast (each client takes ~0.2 s to load).
      const { checkProvider } = await import('../checks/checkers.js');
      const { renderCheck } = await import('../checks/render-check.js');
      const providers = target === 'all' ? PROVIDER_NAMES : [target];
      const results: ProviderCheck[] = [];
      for (const provider of providers) results.push(await checkProvider(provider));
      const ok = checksPassed(target, results);
      const report: CheckReport = { ok, envFile: path ?? null, providers: results };
      emit({ json: options.json === true, result: report, render: renderCheck });
      context.exitCode = ok ? EXIT_OK : EXIT_FAILED;
    });
}
