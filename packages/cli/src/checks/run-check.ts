import { describeError } from '../output/describe-error.js';
import type { EnvRead } from '../providers/env-read.js';
import type { ProviderName } from '../providers/provider-name.js';
import type { CheckStep, ProviderCheck } from './check-result.js';

/** How one provider is checked: read the environment, check offline, then call once. */
export interface ProviderChecker<C, Client> {
  readonly provider: ProviderName;
  readonly read: () => EnvRead<C>;
  /** Validates offline and builds the client; throws a ConfigurationError on a bad value. */
  readonly build: (config: C) => { readonly client: Client; readonly message: string };
  /** One cheap authenticated call; resolves to what it proved, throws what went wrong. */
  readonly call: (client: Client) => Promise<string>;
  /** Hints for a failed call, e.g. Stash's likely causes of a 401. */
  readonly hints?: (error: unknown) => readonly string[] | undefined;
  readonly close: (client: Client) => void;
}

/**
 * The rules of `check`: nothing is sent when a variable is missing or malformed; then
 * exactly one authenticated call.
 *
 * @example
 * ```ts
 * const result = await runCheck(stakeChecker);
 * ```
 */
export async function runCheck<C, Client>(
  checker: ProviderChecker<C, Client>,
): Promise<ProviderCheck> {
  const { provider } = checker;
  const read = checker.read();
  if (!read.ok) {
    const status = read.unconfigured ? 'not-configured' : 'missing';
    return { provider, status, variables: read.shown, missing: read.missing, steps: [] };
  }
  const steps: CheckStep[] = [];
  const done = (ok: boolean): ProviderCheck => ({
    provider,
    status: ok ? 'ok' : 'failed',
    variables: read.shown,
    missing: [],
    steps,
  });

  let built: { client: Client; message: string };
  try {
    built = checker.build(read.config);
  } catch (error) {
    const summary = describeError(error);
    steps.push({ name: 'format', ok: false, message: summary.message, error: summary });
    return done(false);
  }
  steps.push({ name: 'format', ok: true, message: built.message });
  try {
    steps.push({ name: 'auth', ok: true, message: await checker.call(built.client) });
    return done(true);
  } catch (error) {
    const summary = describeError(error);
    const hints = checker.hints?.(error);
    steps.push({
      name: 'auth',
      ok: false,
      message: summary.message,
      error: summary,
      ...(hints === undefined || hints.length === 0 ? {} : { hints }),
    });
    return done(false);
  } finally {
    checker.close(built.client);
  }
}
