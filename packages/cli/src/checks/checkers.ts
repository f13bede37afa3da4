import type { ProviderName } from '../providers/provider-name.js';
import type { ProviderCheck } from './check-result.js';
import { runCheck } from './run-check.js';

/**
 * Checks one provider's credentials from the environment. Each checker loads only its own
 * client, so `check stake` does not pay for loading Stack's and Stash's.
 *
 * @example
 * ```ts
 * const result = await checkProvider('stash');
 * ```
 */
export async function checkProvider(provider: ProviderName): Promise<ProviderCheck> {
  switch (provider) {
    case 'stake':
      return runCheck((await import('./stake-checker.js')).stakeChecker);
    case 'stack':
      return runCheck((await import('./stack-checker.js')).stackChecker);
    case 'stash':
      return runCheck((await import('./stash-checker.js')).stashChecker);
  }
}
