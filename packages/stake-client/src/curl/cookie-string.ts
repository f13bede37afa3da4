/**
 * Splits a cookie string (`a=1; session=abc`) into `[name, value]` pairs. Names are kept
 * exactly, so `__Host-session` and `session_info` never count as `session` (research §1.6);
 * a value wrapped in double quotes (allowed by RFC 6265) is unwrapped.
 */
export function parseCookieString(cookies: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const piece of cookies.split(';')) {
    const equals = piece.indexOf('=');
    if (equals <= 0) continue;
    const name = piece.slice(0, equals).trim();
    let value = piece.slice(equals + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"'))
      value = value.slice(1, -1);
    pairs.push([name, value]);
  }
  return pairs;
}
