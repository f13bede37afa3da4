import { ConfigurationError } from '@core/auth';
import { PACKAGE_NAME } from '../version.js';
import type { VerifyAccessTokenOptions } from './verify-access-token.js';

/**
 * The options, checked before anything is fetched: null from parsed config means the
 * defaults, and a tolerance jose cannot read is the caller's mistake, not the token's.
 */
export function verifyOptions(
  given: VerifyAccessTokenOptions | undefined | null,
): VerifyAccessTokenOptions {
  if (given === undefined || given === null) return {};
  const fail = (option: string, why: string): never => {
    throw new ConfigurationError(`verifyAccessToken: ${option} ${why}`, {
      option,
      provider: PACKAGE_NAME,
    });
  };
  if (typeof given !== 'object') {
    return fail(
      'options',
      `must be an object, got ${typeof given}: e.g. { allowAnonymous: true }.`,
    );
  }
  const tolerance = given.clockToleranceSeconds;
  if (tolerance !== undefined && !(Number.isFinite(tolerance) && tolerance >= 0)) {
    fail('clockToleranceSeconds', 'must be a finite number of seconds, 0 or more: e.g. 5.');
  }
  return given;
}
