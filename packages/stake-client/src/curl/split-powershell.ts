/** A PowerShell token: a bare word, a quoted string, or an operator such as `@{` or `=`. */
export interface PsToken {
  readonly kind: 'word' | 'string' | 'op';
  readonly value: string;
  /** True when whitespace (or a line break) came before it. */
  readonly spaced: boolean;
}

const OPS = ['@{', '{', '}', '(', ')', '=', ',', ';', '\n'];
const BACKTICK_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '0': '\0' };

/**
 * Tokenises PowerShell the little that "Copy as PowerShell" and a curl.exe pasted into
 * PowerShell need: a backtick escapes the next character (at a line end it continues the
 * line); `'…'` is literal with `''` for a quote; `"…"` takes backtick escapes and `""` for a
 * quote (no `$variable` expansion: copied requests hold none that matter).
 */
export function tokenizePowerShell(script: string): PsToken[] {
  const tokens: PsToken[] = [];
  let i = 0;
  let spaced = true;
  const push = (kind: PsToken['kind'], value: string): void => {
    tokens.push({ kind, value, spaced });
    spaced = false;
  };
  while (i < script.length) {
    const c = script.charAt(i);
    if (c === '`' && /\r|\n/.test(script.charAt(i + 1))) {
      i += script.startsWith('\r\n', i + 1) ? 3 : 2;
      spaced = true;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      spaced = true;
      continue;
    }
    if (c === "'" || c === '"') {
      const [value, end] = readString(script, i);
      push('string', value);
      i = end;
      continue;
    }
    const op = OPS.find((o) => script.startsWith(o, i));
    if (op !== undefined) {
      push('op', op);
      i += op.length;
      if (op === '\n') spaced = true;
      continue;
    }
    let word = '';
    while (i < script.length && !/[\s'"(){}=,;]/.test(script.charAt(i))) {
      if (script.charAt(i) === '`' && i + 1 < script.length) {
        word += script.charAt(i + 1);
        i += 2;
      } else word += script.charAt(i++);
    }
    push('word', word);
  }
  return tokens;
}

function readString(script: string, start: number): [string, number] {
  const quote = script.charAt(start);
  let value = '';
  let i = start + 1;
  while (i < script.length) {
    const c = script.charAt(i);
    if (c === quote) {
      if (script.charAt(i + 1) === quote) {
        value += quote;
        i += 2;
        continue;
      }
      return [value, i + 1];
    }
    if (quote === '"' && c === '`' && i + 1 < script.length) {
      const next = script.charAt(i + 1);
      value += BACKTICK_ESCAPES[next] ?? next;
      i += 2;
      continue;
    }
    value += c;
    i++;
  }
  throw new SyntaxError('unterminated string');
}

/** Joins tokens not separated by whitespace into shell-style arguments (curl.exe in PowerShell). */
export function powerShellArgs(tokens: readonly PsToken[]): string[] {
  const args: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'op' && token.value === '\n') continue;
    const last = args.length - 1;
    if (!token.spaced && last >= 0) args[last] += token.value;
    else args.push(token.value);
  }
  return args;
}
