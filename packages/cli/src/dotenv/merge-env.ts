import { ConfigurationError } from '@core/auth';

/** What {@link mergeEnv} changed. */
export interface EnvMerge {
  readonly text: string;
  /** Variables written. */
  readonly set: readonly string[];
  /** Variables removed (the new values lack them). */
  readonly removed: readonly string[];
}

const BARE_VALUE = /^[\w./:@+,=-]*$/;

/**
 * Sets variables in a .env text, keeping every other line: the first line of each variable
 * is replaced in place, later duplicates dropped; new ones are appended. `undefined` removes.
 *
 * @example
 * ```ts
 * mergeEnv('A=1\nB=2\n', { B: '3', C: undefined }).text; // 'A=1\nB=3\n'
 * ```
 */
export function mergeEnv(existing: string, values: Record<string, string | undefined>): EnvMerge {
  const names = Object.keys(values);
  const seen = new Set<string>();
  const removed = new Set<string>();
  const lines: string[] = [];
  for (const line of existing.split(/\r?\n/)) {
    const name = names.find((n) => new RegExp(`^\\s*(?:export\\s+)?${n}\\s*=`).test(line));
    if (name === undefined) {
      lines.push(line);
      continue;
    }
    const value = values[name];
    if (value === undefined) removed.add(name);
    else if (!seen.has(name)) lines.push(`${name}=${quote(name, value)}`);
    seen.add(name);
  }
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  const set: string[] = [];
  for (const name of names) {
    const value = values[name];
    if (value === undefined) continue;
    set.push(name);
    if (!seen.has(name)) lines.push(`${name}=${quote(name, value)}`);
  }
  return { text: `${lines.join('\n')}\n`, set, removed: [...removed] };
}

// Node's .env parser (process.loadEnvFile) reads '…' literally; "…" expands \n.
function quote(name: string, value: string): string {
  if (BARE_VALUE.test(value)) return value;
  const mark = ["'", '"', '`'].find((q) => !value.includes(q));
  if (mark === undefined || /[\r\n]/.test(value)) {
    throw new ConfigurationError(
      `${name} cannot be written to a .env file: it holds a line break or every quote character. Set it in the environment instead.`,
      { option: name, provider: '@acme/cli' },
    );
  }
  return `${mark}${value}${mark}`;
}
