/** What a copied request says about itself, before cookies are picked by name. */
export interface RequestParts {
  url: string | undefined;
  /** Header lines as `[lower-case name, value]`, in order. */
  headers: Array<[string, string]>;
  /** Cookie strings (`a=1; b=2`) from `-b`/`--cookie`, in order. */
  cookieStrings: string[];
  /** Single cookies from PowerShell's `System.Net.Cookie(name, value, …)`. */
  cookies: Array<[string, string]>;
  userAgent: string | undefined;
}

/** An empty {@link RequestParts}. */
export function emptyParts(): RequestParts {
  return { url: undefined, headers: [], cookieStrings: [], cookies: [], userAgent: undefined };
}

/** Splits `Name: value` at the first colon; undefined without one. */
export function splitHeaderLine(line: string): [string, string] | undefined {
  const colon = line.indexOf(':');
  if (colon <= 0) return undefined;
  return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
}
