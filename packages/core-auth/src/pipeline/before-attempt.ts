import { isSdkError, SdkError } from '../errors/sdk-error.js';
import { sanitizedCause } from './transport-failure.js';

/**
 * Runs `beforeAttempt`. Its abort is the call's stop and is rethrown for the pipeline to
 * name; any other failure is the limiter's own: an SdkError as it is, anything else
 * wrapped, and neither retried as if the network had failed. Undefined means go.
 */
export async function runBeforeAttempt(
  beforeAttempt: ((signal: AbortSignal) => Promise<void> | void) | undefined,
  signal: AbortSignal,
  provider: string,
): Promise<SdkError | undefined> {
  try {
    await beforeAttempt?.(signal);
    return undefined;
  } catch (error) {
    if (signal.aborted) throw error;
    if (isSdkError(error)) return error;
    return new SdkError(
      `beforeAttempt failed (${error instanceof Error ? error.name : typeof error}): check the function passed as beforeAttempt; nothing was sent.`,
      {
        provider,
        code: 'before_attempt_failed',
        retryable: false,
        cause: sanitizedCause(error, (t) => t),
      },
    );
  }
}
