import { ConfigurationError } from '../errors/configuration-error.js';
import { describeValue } from '../errors/describe-value.js';
import type { SearchParams } from './pipeline-options.js';

const LOOPBACK_HOSTS = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Checks a base URL: https, or http for a loopback host when allowed; no credentials,
 * query or fragment. Returns it without a trailing slash.
 */
export function parseBaseUrl(
  baseUrl: unknown,
  allowInsecureHttp: boolean,
  provider: string,
): string {
  const fail = (why: string): never => {
    throw new ConfigurationError(`baseUrl ${why}`, { option: 'baseUrl', provider });
  };
  if (typeof baseUrl !== 'string' || baseUrl.trim() === '') {
    return fail('is missing: pass the API root, e.g. "https://api.example.com".');
  }
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return fail(
      `is not a URL (${baseUrl.length} characters): pass an absolute URL such as "https://api.example.com".`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    fail(
      'must not carry a user name or password: pass credentials through the client options instead.',
    );
  }
  if (url.search !== '' || url.hash !== '') {
    fail(
      `must not have a query or fragment: got ${url.origin}${url.pathname} with one. Remove everything from "?" or "#".`,
    );
  }
  if (url.protocol === 'http:') {
    if (!LOOPBACK_HOSTS.test(url.hostname)) {
      fail(
        `must use https: got ${url.origin}. Credentials are never sent in clear text; use https://${url.host}.`,
      );
    }
    if (!allowInsecureHttp) {
      fail(
        `uses http (${url.origin}): pass allowInsecureHttp: true to talk to a local test server on loopback.`,
      );
    }
  } else if (url.protocol !== 'https:') {
    fail(`must use https: got the ${url.protocol} scheme.`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

/** Joins a checked base URL and a relative path, and adds the query. */
export function joinUrl(
  baseUrl: string,
  path: string,
  searchParams: SearchParams | undefined,
  provider: string,
): URL {
  if (typeof path !== 'string' || SCHEME.test(path) || path.startsWith('//')) {
    throw new ConfigurationError(
      'path must be relative to baseUrl: an absolute URL would send the credentials to another host.',
      { option: 'path', provider },
    );
  }
  // URL parsing folds "." and ".." segments (also as %2e), so an id such as ".." taken from
  // a request would reach another route with the same credentials.
  // URL parsing also drops tabs and line breaks and reads "\" as "/".
  const segments = path.replace(/[\t\n\r]/g, '').split(/[/\\?#]/);
  if (segments.some((segment) => DOT_SEGMENT.test(segment))) {
    throw new ConfigurationError(
      'path has a "." or ".." segment, which would address another resource: check the ids you put in the path.',
      { option: 'path', provider },
    );
  }
  const url = new URL(`${baseUrl}/${path.replace(/^\/+/, '')}`);
  if (searchParams instanceof URLSearchParams) {
    for (const [name, value] of searchParams) url.searchParams.append(name, value);
  } else if (searchParams !== undefined) {
    for (const [name, value] of queryEntries(searchParams, provider)) {
      url.searchParams.append(name, value);
    }
  }
  return url;
}

/**
 * A plain query object's entries as strings, leaving out undefined. Anything but a string,
 * number or boolean is refused: String() of null, an object or a Secret would send "null",
 * "[object Object]" or a mask, and String() of a symbol throws.
 */
function queryEntries(searchParams: unknown, provider: string): [string, string][] {
  const fail = (why: string): never => {
    throw new ConfigurationError(`searchParams ${why}`, { option: 'searchParams', provider });
  };
  if (typeof searchParams !== 'object' || searchParams === null || Array.isArray(searchParams)) {
    return fail(
      `must be an object such as { limit: 10 } or a URLSearchParams: got ${describeValue(searchParams)}.`,
    );
  }
  const entries: [string, string][] = [];
  for (const [name, value] of Object.entries(searchParams)) {
    if (value === undefined) continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      fail(
        `value of ${describeValue(name, { showStrings: true })} must be a string, number or boolean (undefined leaves it out): got ${describeValue(value)}. For a Secret, pass secret.reveal() and list it in secrets.`,
      );
    }
    entries.push([name, String(value)]);
  }
  return entries;
}
