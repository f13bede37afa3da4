import { ConfigurationError } from '../errors/configuration-error.js';
import { describeValue } from '../errors/describe-value.js';
import { CORE_PROVIDER } from '../errors/sdk-error.js';

// The options an adapter author sets once (provider, requestIdHeader, safeHeaders). Typed
// as strings, yet a JavaScript adapter or a parsed config can pass anything, and each one
// used to crash with a TypeError on `.toLowerCase()` or in the message prefix.

// RFC 9110 §5.6.2: a header name is a token.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are the point.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The provider that prefixes every message: a one-line, non-empty string. */
export function checkProvider(provider: unknown): string {
  if (provider === undefined) return CORE_PROVIDER;
  if (typeof provider !== 'string' || provider.trim() === '' || CONTROL.test(provider)) {
    // Reported under the core's name: the bad value cannot prefix its own message.
    throw new ConfigurationError(
      `provider must be a one-line, non-empty string such as "@acme/stack-client": got ${describeValue(provider, { showStrings: true })}.`,
      { option: 'provider' },
    );
  }
  return provider;
}

/** A header name, lower-cased; throws through `fail` when it is not one. */
export function checkHeaderName(
  name: unknown,
  option: string,
  fail: (option: string, why: string) => never,
): string {
  if (typeof name !== 'string' || !HEADER_NAME.test(name)) {
    return fail(
      option,
      `must be a header name such as "x-request-id": got ${describeValue(name, { showStrings: true })}.`,
    );
  }
  return name.toLowerCase();
}

/** The extra safe headers, lower-cased: an array of header names, or nothing. */
export function checkSafeHeaders(
  headers: unknown,
  fail: (option: string, why: string) => never,
): string[] {
  if (headers === undefined) return [];
  if (!Array.isArray(headers)) {
    return fail(
      'safeHeaders',
      `must be an array of header names such as ["x-ratelimit-remaining"]: got ${describeValue(headers, { showStrings: true })}.`,
    );
  }
  return headers.map((name: unknown, i) => checkHeaderName(name, `safeHeaders[${i}]`, fail));
}
