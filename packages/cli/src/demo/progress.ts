import { styleFor } from '../output/style.js';

/** Shows what the demo is doing while it runs. */
export interface Progress {
  update(text: string): void;
  /** Ends the current line (the spinner stops). */
  stop(): void;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
/** How often the spinner turns. */
export const SPINNER_INTERVAL_MS = 80;

/**
 * Progress on stderr, so stdout holds only the report: on a TTY one line that updates in
 * place, with a spinner; otherwise plain lines (logs and CI keep every one); `silent` for
 * `--json` off a TTY. About 30 lines, so no spinner dependency (ora brings a dozen).
 *
 * @example
 * ```ts
 * const progress = createProgress(process.stderr, { quiet: false });
 * progress.update('Stake.com: starting the local server');
 * progress.stop();
 * ```
 */
export function createProgress(stream: NodeJS.WriteStream, options: { quiet: boolean }): Progress {
  if (stream.isTTY !== true) {
    if (options.quiet) return { update: () => {}, stop: () => {} };
    return { update: (text) => stream.write(`… ${text}\n`), stop: () => {} };
  }
  const style = styleFor(stream);
  let text = '';
  let frame = 0;
  let timer: NodeJS.Timeout | undefined;
  const draw = () => {
    stream.write(`\r\x1b[2K${style.warn(FRAMES[frame % FRAMES.length] ?? '')} ${text}`);
    frame += 1;
  };
  return {
    update: (next) => {
      text = next;
      timer ??= setInterval(draw, SPINNER_INTERVAL_MS);
      draw();
    },
    stop: () => {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
      stream.write('\r\x1b[2K');
    },
  };
}
