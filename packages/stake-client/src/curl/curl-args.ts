import { emptyParts, type RequestParts, splitHeaderLine } from './request-parts.js';

// curl options that take a value: their value is skipped so a body is never read as the URL.
const WITH_VALUE = new Set([
  '-d',
  '--data',
  '--data-raw',
  '--data-binary',
  '--data-urlencode',
  '--data-ascii',
  '--json',
  '-F',
  '--form',
  '--form-string',
  '-X',
  '--request',
  '-e',
  '--referer',
  '-u',
  '--user',
  '-o',
  '--output',
  '-x',
  '--proxy',
  '-m',
  '--max-time',
  '--connect-timeout',
  '-c',
  '--cookie-jar',
  '-E',
  '--cert',
  '--key',
  '--cacert',
  '-T',
  '--upload-file',
  '-w',
  '--write-out',
  '--resolve',
  '--connect-to',
  '-r',
  '--range',
  '--retry',
  '-K',
  '--config',
]);

/**
 * Reads curl's arguments: `-H`/`--header`, `-b`/`--cookie` (a cookie string, not a file
 * name), `-A`/`--user-agent`, `--url` or the first bare argument. Bodies (`--data-raw` …)
 * and every other option's value are skipped, never searched (research §1.6: StakeAPI's
 * regex took a `session=` from the body).
 */
export function readCurlArgs(args: readonly string[]): RequestParts {
  const parts = emptyParts();
  let i = 0;
  if (/^curl(\.exe)?$/i.test(args[0] ?? '')) i = 1;
  for (; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag, attached] = splitAttached(arg);
    const value = (): string | undefined => attached ?? args[++i];
    switch (flag) {
      case '-H':
      case '--header': {
        const line = value();
        const header = line === undefined ? undefined : splitHeaderLine(line);
        if (header !== undefined) parts.headers.push(header);
        break;
      }
      case '-b':
      case '--cookie': {
        const cookies = value();
        // Without "=", curl reads the value as a cookie file name.
        if (cookies?.includes('=')) parts.cookieStrings.push(cookies);
        break;
      }
      case '-A':
      case '--user-agent':
        parts.userAgent = value();
        break;
      case '--url':
        parts.url ??= value();
        break;
      default:
        if (WITH_VALUE.has(flag)) value();
        else if (!arg.startsWith('-')) parts.url ??= arg;
    }
  }
  return parts;
}

// `-Hvalue` and `-bvalue` are valid curl; long options take their value separately.
function splitAttached(arg: string): [string, string | undefined] {
  if (/^-[HbA]./.test(arg)) return [arg.slice(0, 2), arg.slice(2)];
  return [arg, undefined];
}
