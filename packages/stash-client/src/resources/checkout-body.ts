import { ConfigurationError } from '@core/auth';
import { STASH_PROVIDER } from '../client/constants.js';

/**
 * Simple rules for a checkout call's retries (research §4: Stash documents no
 * Idempotency-Key; `transactionId` is its caller-supplied id):
 * - with `idempotencyKey`, it is sent as `transactionId` and the call may be retried;
 * - without one, the call is sent once and never retried;
 * - an `idempotencyKey` and a different `transactionId` together are refused.
 *
 * The caller's object is sent as given (minus `idempotencyKey`), so fields this SDK does not
 * know yet still reach Stash.
 */
export function checkoutBody(
  input: Readonly<Record<string, unknown>>,
  call: string,
): { json: Record<string, unknown>; idempotent: boolean } {
  const { idempotencyKey, ...rest } = input;
  if (idempotencyKey === undefined) return { json: rest, idempotent: false };
  if (rest.transactionId !== undefined && rest.transactionId !== idempotencyKey) {
    throw new ConfigurationError(
      `${call}: idempotencyKey and transactionId differ: pass one of them (idempotencyKey is sent as transactionId).`,
      { option: 'idempotencyKey', provider: STASH_PROVIDER },
    );
  }
  return { json: { ...rest, transactionId: idempotencyKey }, idempotent: true };
}
