import { emptyParts, type RequestParts } from './request-parts.js';
import type { PsToken } from './split-powershell.js';

/**
 * Reads Chrome's "Copy as PowerShell" (`Invoke-WebRequest`): `$session.UserAgent = "…"`,
 * `$session.Cookies.Add((New-Object System.Net.Cookie("name", "value", …)))`, `-Uri "…"`,
 * `-UserAgent "…"` and the `-Headers @{ "name"="value" … }` table. `-Body` is never read.
 */
export function readInvokeWebRequest(tokens: readonly PsToken[]): RequestParts {
  const parts = emptyParts();
  const at = (i: number): PsToken | undefined => tokens[i];
  const isText = (t: PsToken | undefined): t is PsToken => t !== undefined && t.kind !== 'op';
  for (let i = 0; i < tokens.length; i++) {
    const token = at(i);
    if (token?.kind !== 'word') continue;
    const word = token.value.toLowerCase();
    if (word.endsWith('.useragent') && at(i + 1)?.value === '=' && isText(at(i + 2))) {
      parts.userAgent = at(i + 2)?.value;
    } else if (word === 'system.net.cookie' && at(i + 1)?.value === '(') {
      const name = at(i + 2);
      const value = at(i + 4);
      if (isText(name) && at(i + 3)?.value === ',' && isText(value))
        parts.cookies.push([name.value, value.value]);
    } else if ((word === '-uri' || word === '-useragent') && isText(at(i + 1))) {
      const value = at(i + 1)?.value;
      if (word === '-uri') parts.url ??= value;
      else parts.userAgent = value;
    } else if (word === '-headers' && at(i + 1)?.value === '@{') {
      i = readTable(tokens, i + 2, parts);
    }
  }
  return parts;
}

function readTable(tokens: readonly PsToken[], start: number, parts: RequestParts): number {
  let i = start;
  for (; i < tokens.length; i++) {
    const key = tokens[i];
    if (key === undefined || (key.kind === 'op' && key.value === '}')) return i;
    if (key.kind === 'op') continue;
    const equals = tokens[i + 1];
    const value = tokens[i + 2];
    if (equals?.value === '=' && value !== undefined && value.kind !== 'op') {
      parts.headers.push([key.value.trim().toLowerCase(), value.value.trim()]);
      i += 2;
    }
  }
  return i;
}
