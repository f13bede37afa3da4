import type { Style } from '../output/style.js';
import type { DemoReport } from './demo-step.js';

/**
 * The demo's report for people: a section per step, a line per result.
 *
 * @example
 * ```ts
 * process.stdout.write(renderDemo(report, styleFor(process.stdout)));
 * ```
 */
export function renderDemo(report: DemoReport, style: Style): string {
  const lines: string[] = [];
  for (const step of report.steps) {
    lines.push(`${style.bold(step.title)} ${style.dim(`(${step.durationMs} ms)`)}`);
    for (const result of step.results) lines.push(`  ${style.ok('✓')} ${result}`);
    if (step.error !== undefined) lines.push(`  ${style.fail('✗')} ${step.error.message}`);
    lines.push('');
  }
  lines.push(
    report.ok
      ? style.ok(`Demo finished in ${report.durationMs} ms: every step behaved as promised.`)
      : style.fail('Demo failed: see the ✗ lines above.'),
  );
  return lines.join('\n');
}
