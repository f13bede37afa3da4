/**
 * Splits a Windows cmd command line ("Copy as cURL (cmd)") into arguments, in two passes
 * as Windows itself does:
 *
 * 1. cmd.exe: outside double quotes, `^` escapes the next character; `^` at the end of a line
 *    joins the next line (the continuation Chrome and Firefox emit), and the first character
 *    of that line is taken literally. Inside double quotes `^` is literal. Chrome wraps each
 *    argument in `^"…^"`, so cmd never enters quotes and every caret is an escape; Firefox
 *    uses plain `"…"`, with `""` for a quote inside.
 * 2. The MS C runtime (CommandLineToArgvW rules): whitespace separates arguments outside
 *    quotes; `"` toggles quoting; `""` inside quotes is one quote; 2n backslashes before a
 *    quote are n backslashes and the quote toggles, 2n+1 are n backslashes and a literal quote;
 *    other backslashes are literal.
 */
export function splitCmd(command: string): string[] {
  return splitCrt(removeCarets(command));
}

function removeCarets(command: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < command.length; i++) {
    const c = command.charAt(i);
    if (c === '"') quoted = !quoted;
    if (c !== '^' || quoted) {
      out += c;
      continue;
    }
    let next = i + 1;
    if (command.charAt(next) === '\r') next++;
    if (command.charAt(next) === '\n') next++;
    // A caret at a line end eats the newline and escapes the next line's first character.
    out += command.charAt(next);
    i = next;
  }
  return out;
}

function splitCrt(line: string): string[] {
  const args: string[] = [];
  let current = '';
  let inArg = false;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (/\s/.test(c) && !quoted) {
      if (inArg) args.push(current);
      current = '';
      inArg = false;
      continue;
    }
    inArg = true;
    if (c === '\\') {
      let n = 0;
      while (line.charAt(i + n) === '\\') n++;
      if (line.charAt(i + n) === '"') {
        current += '\\'.repeat(Math.floor(n / 2));
        if (n % 2 === 1) {
          current += '"';
          i += n;
        } else i += n - 1;
      } else {
        current += '\\'.repeat(n);
        i += n - 1;
      }
    } else if (c === '"') {
      if (quoted && line.charAt(i + 1) === '"') {
        current += '"';
        i++;
      } else quoted = !quoted;
    } else current += c;
  }
  if (inArg) args.push(current);
  return args;
}
