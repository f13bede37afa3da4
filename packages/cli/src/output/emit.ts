import { type Style, styleFor } from './style.js';

/** What every command prints: one JSON document with `--json`, human text otherwise. */
export interface EmitOptions<T> {
  readonly json: boolean;
  readonly result: T;
  readonly render: (result: T, style: Style) => string;
}

/**
 * Prints a command's result to stdout. The JSON goes through `JSON.stringify`, so every
 * `Secret` in it prints as its mask (Secret.toJSON).
 *
 * @example
 * ```ts
 * emit({ json: options.json, result, render: (r, s) => s.ok(`✓ ${r.name}`) });
 * ```
 */
export function emit<T>({ json, result, render }: EmitOptions<T>): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const text = render(result, styleFor(process.stdout));
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}
