import type { Style } from '../output/style.js';
import { PROVIDER_TITLES } from '../providers/provider-name.js';
import type { ProviderCheck } from './check-result.js';

/** What `check` prints with `--json`. */
export interface CheckReport {
  readonly ok: boolean;
  /** The .env file that was read, if any. */
  readonly envFile: string | null;
  readonly providers: readonly ProviderCheck[];
}

/**
 * The human form of a {@link CheckReport}.
 *
 * @example
 * ```ts
 * process.stdout.write(renderCheck(report, styleFor(process.stdout)));
 * ```
 */
export function renderCheck(report: CheckReport, style: Style): string {
  const lines: string[] = [];
  for (const check of report.providers) {
    lines.push(style.bold(PROVIDER_TITLES[check.provider]));
    const vars = Object.entries(check.variables).map(([name, value]) => `${name}=${value}`);
    if (vars.length > 0) lines.push(style.dim(`  using ${vars.join(', ')}`));
    if (check.status === 'not-configured' || check.status === 'missing') {
      const mark = check.status === 'missing' ? style.fail('✗') : style.warn('-');
      const what = check.status === 'missing' ? 'incomplete' : 'not configured';
      lines.push(`  ${mark} ${what}: set ${check.missing.join(', ')}`);
    }
    for (const step of check.steps) {
      lines.push(`  ${step.ok ? style.ok('✓') : style.fail('✗')} ${step.message}`);
      for (const hint of step.hints ?? []) lines.push(style.dim(`      hint: ${hint}`));
    }
  }
  lines.push('');
  lines.push(
    style.dim(
      report.envFile === null
        ? 'Read the environment (no .env file here).'
        : `Read the environment and ${report.envFile}.`,
    ),
  );
  lines.push(report.ok ? style.ok('All checks passed.') : style.fail('Some checks failed.'));
  return lines.join('\n');
}
