import type { ErrorSummary } from '../output/describe-error.js';
import type { ProviderName } from '../providers/provider-name.js';

/** One step of a check: the offline format check, then one authenticated call. */
export interface CheckStep {
  readonly name: 'format' | 'auth';
  readonly ok: boolean;
  readonly message: string;
  readonly error?: ErrorSummary;
  /** What to try, e.g. Stash's list of likely causes of a 401. */
  readonly hints?: readonly string[];
}

/**
 * - `ok`: the format is right and the provider accepted the credential;
 * - `failed`: a format check or the call failed;
 * - `missing`: some variables are set, but not enough to check;
 * - `not-configured`: none of the provider's variables is set.
 */
export type CheckStatus = 'ok' | 'failed' | 'missing' | 'not-configured';

/** What `check` reports for one provider. Values in `variables` are masked. */
export interface ProviderCheck {
  readonly provider: ProviderName;
  readonly status: CheckStatus;
  readonly variables: Record<string, string>;
  /** The variables to set, when status is `missing` or `not-configured`. */
  readonly missing: readonly string[];
  readonly steps: readonly CheckStep[];
}
