import { styleText } from 'node:util';

type Format = Parameters<typeof styleText>[0];

/** Whether a stream gets colours: a TTY that supports them, and no NO_COLOR (no-color.org). */
export function wantsColor(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  // hasColors() reads TERM, FORCE_COLOR and NODE_DISABLE_COLORS; it exists on TTYs only.
  return stream.isTTY === true && stream.hasColors?.() === true;
}

/** Text styles for one stream; plain text when the stream gets no colours. */
export interface Style {
  readonly ok: (text: string) => string;
  readonly fail: (text: string) => string;
  readonly warn: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly bold: (text: string) => string;
}

/**
 * The styles for a stream: Node 20's `styleText` always emits escapes, so the TTY check is ours.
 *
 * @example
 * ```ts
 * const style = styleFor(process.stdout);
 * console.log(style.ok('✓ authenticated'));
 * ```
 */
export function styleFor(stream: NodeJS.WriteStream): Style {
  const on = wantsColor(stream);
  const paint = (format: Format) => (text: string) => (on ? styleText(format, text) : text);
  return {
    ok: paint('green'),
    fail: paint('red'),
    warn: paint('yellow'),
    dim: paint('dim'),
    bold: paint('bold'),
  };
}
