import { ConfigurationError } from '@core/auth';
import { STAKE_PROVIDER } from './defaults.js';

/** The origin of a base URL, for `origin` and `referer` (mirrors and stake.us included). */
export function stakeOrigin(baseUrl: string): string {
  try {
    return new URL(baseUrl).origin;
  } catch {
    throw new ConfigurationError(
      `baseUrl is not a URL (${String(baseUrl).length} characters): pass e.g. "https://stake.com" or a mirror such as "https://stake.us".`,
      { option: 'baseUrl', provider: STAKE_PROVIDER },
    );
  }
}
