import { ConfigurationError, Secret } from '@core/auth';
import { split as splitBash } from 'shlex';
import { STAKE_PROVIDER } from '../config/defaults.js';
import { parseCookieString } from './cookie-string.js';
import { readCurlArgs } from './curl-args.js';
import { readInvokeWebRequest } from './invoke-web-request.js';
import type { RequestParts } from './request-parts.js';
import { splitCmd } from './split-cmd.js';
import { powerShellArgs, tokenizePowerShell } from './split-powershell.js';

/** Which shell a copied command was written for. */
export type CurlForm = 'bash' | 'cmd' | 'powershell' | 'invoke-webrequest';

/** What {@link parseCurl} found. Secrets come wrapped; empty values are left out. */
export interface ParsedCurl {
  /** The `x-access-token` header. */
  accessToken?: Secret;
  /** The cookie named exactly `session`. */
  sessionCookie?: Secret;
  /** The `cf_clearance` cookie. */
  cfClearance?: Secret;
  /** The `__cf_bm` cookie. */
  cfBm?: Secret;
  /** The `x-lockdown-token` header. */
  lockdownToken?: Secret;
  /** The `user-agent` header or `-A`: pass it with `cfClearance`. */
  userAgent?: string;
  /** The `x-language` header. */
  language?: string;
  /** The origin of the request URL, e.g. `https://stake.us`. */
  baseUrl?: string;
  /** The shell form that was recognised. */
  form: CurlForm;
}

/**
 * Reads "Copy as cURL" from Chrome, Firefox or Safari, in bash, Windows cmd or PowerShell
 * form, with a real shell-word parser instead of StakeAPI's two regexes (research §1.6):
 * `-H`/`--header`, `-b`/`--cookie` and a `Cookie:` header; single, double and `$'…'`
 * quoting; `\`, `^` and backtick continuations; `^"` escapes; exact cookie names. Tokens
 * and cookies are never read from `--data-raw` or the URL. The command is never quoted in
 * an error.
 *
 * @example
 * ```ts
 * const { accessToken, cfClearance, userAgent, baseUrl } = parseCurl(copied);
 * ```
 */
export function parseCurl(command: string): ParsedCurl {
  if (typeof command !== 'string' || command.trim() === '') {
    throw new ConfigurationError(
      'command is empty: paste the whole "Copy as cURL" text of a request to /_api/graphql.',
      { option: 'command', provider: STAKE_PROVIDER },
    );
  }
  const form = detectForm(command);
  const parts = readParts(command, form);
  return pick(parts, form);
}

// The commands PowerShell's "Copy as PowerShell" starts with (`$session = …` first).
const INVOKE_WEB_REQUEST = /^(\$\w+|invoke-webrequest|invoke-restmethod|iwr|irm)$/i;

/**
 * Tells the shell form from the command's first word and the continuation character that
 * ends its first line, never from bodies, headers or cookie values (a body may say `irm`,
 * a cookie `_ga=GA1.1.iwr.5`, a JSON body `^"`):
 * - `$session`, `Invoke-WebRequest`, `iwr`, `Invoke-RestMethod`, `irm`: PowerShell's own;
 * - a first line ending in `^`, or a URL written `^"…^"`: Windows cmd;
 * - a first line ending in a backtick, or `curl.exe`: PowerShell running curl;
 * - anything else (`curl`, a `\` continuation, one line): bash.
 *
 * @example
 * ```ts
 * detectForm('curl ^"https://stake.com/_api/graphql^" ^\n  -H ^"x-access-token: …^"'); // 'cmd'
 * ```
 */
export function detectForm(command: string): CurlForm {
  const text = command.trimStart();
  const [first = '', second = ''] = text.split(/\s+/, 2);
  if (INVOKE_WEB_REQUEST.test(first)) return 'invoke-webrequest';
  const lineEnd = /^[^\r\n]*/.exec(text)?.[0].trimEnd().at(-1);
  if (lineEnd === '^' || second.startsWith('^"')) return 'cmd';
  if (lineEnd === '`' || first.toLowerCase() === 'curl.exe') return 'powershell';
  return 'bash';
}

function readParts(command: string, form: CurlForm): RequestParts {
  try {
    switch (form) {
      case 'invoke-webrequest':
        return readInvokeWebRequest(tokenizePowerShell(command));
      case 'powershell':
        return readCurlArgs(powerShellArgs(tokenizePowerShell(command)));
      case 'cmd':
        return readCurlArgs(splitCmd(command));
      case 'bash':
        return readCurlArgs(splitBash(command));
    }
  } catch (error) {
    // shlex says e.g. "Got EOF while in a quoted string"; the command itself is never quoted.
    throw new ConfigurationError(
      `command could not be parsed as ${form} (${error instanceof Error ? error.message : 'parse error'}): paste the whole copied command, unchanged.`,
      { option: 'command', provider: STAKE_PROVIDER, cause: undefined },
    );
  }
}

function pick(parts: RequestParts, form: CurlForm): ParsedCurl {
  const result: ParsedCurl = { form };
  const cookies: Array<[string, string]> = [];
  for (const cookieString of parts.cookieStrings) cookies.push(...parseCookieString(cookieString));
  for (const [name, value] of parts.headers) {
    if (name === 'cookie') cookies.push(...parseCookieString(value));
  }
  cookies.push(...parts.cookies);
  const secret = (value: string | undefined): Secret | undefined =>
    value === undefined || value.trim() === '' ? undefined : new Secret(value.trim());
  const header = (name: string): string | undefined =>
    parts.headers.findLast(([n]) => n === name)?.[1];
  // Later values win, as when curl sends a header twice.
  const cookie = (name: string): string | undefined => cookies.findLast(([n]) => n === name)?.[1];
  assign(result, 'accessToken', secret(header('x-access-token')));
  assign(result, 'lockdownToken', secret(header('x-lockdown-token')));
  assign(result, 'sessionCookie', secret(cookie('session')));
  assign(result, 'cfClearance', secret(cookie('cf_clearance')));
  assign(result, 'cfBm', secret(cookie('__cf_bm')));
  assign(result, 'userAgent', nonEmpty(header('user-agent') ?? parts.userAgent));
  assign(result, 'language', nonEmpty(header('x-language')));
  assign(result, 'baseUrl', originOf(parts.url));
  return result;
}

function assign<K extends keyof ParsedCurl>(
  target: ParsedCurl,
  key: K,
  value: ParsedCurl[K] | undefined,
): void {
  if (value !== undefined) target[key] = value;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function originOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}
