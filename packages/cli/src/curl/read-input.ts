import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { UsageError } from '../usage-error.js';

/**
 * The curl command from a file, or stdin when the file is left out or `-`. A terminal on
 * stdin with no file is a usage error: nothing was piped, and waiting would look like a hang.
 *
 * @example
 * ```ts
 * const command = await readInput(file); // acme-auth extract-curl < request.txt
 * ```
 */
export async function readInput(file: string | undefined): Promise<string> {
  const command = await readRaw(file);
  if (command.trim() === '') {
    throw new UsageError(
      `no curl command: ${file === undefined || file === '-' ? 'stdin' : file} is empty. In the browser's network tab, right-click the request and choose "Copy as cURL", then pass or pipe that.`,
    );
  }
  return command;
}

async function readRaw(file: string | undefined): Promise<string> {
  if (file !== undefined && file !== '-') {
    return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(
        `cannot read ${file} (${error.code ?? error.message}): pass the path of a file holding the copied curl command, or pipe it on stdin.`,
      );
    });
  }
  if (process.stdin.isTTY === true) {
    throw new UsageError(
      'no curl command: pass a file (acme-auth extract-curl request.txt) or pipe it on stdin (pbpaste | acme-auth extract-curl).',
    );
  }
  return text(process.stdin);
}
