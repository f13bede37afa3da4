import { ConfigurationError } from '@core/auth';
import { PACKAGE_NAME } from '../version.js';

/** Stack Auth's hosted API. @default 'https://api.stack-auth.com' */
export const DEFAULT_STACK_BASE_URL = 'https://api.stack-auth.com';

/**
 * The API root without a trailing slash. Refuses the dashboard host: research §6
 * (freestyle-sh/Adorable#11) shows `app.stack-auth.com` answering a plain-text 400.
 */
export function resolveBaseUrl(baseUrl: string | undefined): string {
  if (baseUrl !== undefined && typeof baseUrl !== 'string') {
    throw new ConfigurationError(
      `baseUrl must be a URL string, got ${baseUrl === null ? 'null' : typeof baseUrl}: pass e.g. "https://api.stack-auth.com", or omit it.`,
      { option: 'baseUrl', provider: PACKAGE_NAME },
    );
  }
  const url = (baseUrl ?? DEFAULT_STACK_BASE_URL).replace(/\/+$/, '');
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // The pipeline reports a malformed URL with its own message.
  }
  if (host === 'app.stack-auth.com') {
    throw new ConfigurationError(
      'baseUrl points at the Stack dashboard (app.stack-auth.com), not the API: requests would fail with a plain-text 400. Use https://api.stack-auth.com, or omit baseUrl.',
      { option: 'baseUrl', provider: PACKAGE_NAME },
    );
  }
  return url;
}
