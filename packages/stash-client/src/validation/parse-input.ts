import { ConfigurationError, type ResponseSchema } from '@core/auth';
import { STASH_PROVIDER } from '../client/constants.js';

/**
 * Validates a call's input before any I/O. A failure is a {@link ConfigurationError} whose
 * `option` is the path of the first issue (`user.id`); the message never quotes a value.
 */
export function parseInput<T>(schema: ResponseSchema<T>, value: unknown, call: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const [first, ...rest] = result.error.issues;
  const path = first === undefined || first.path.length === 0 ? 'input' : first.path.join('.');
  const more =
    rest.length === 0 ? '' : ` (and ${rest.length} more issue${rest.length === 1 ? '' : 's'})`;
  throw new ConfigurationError(
    `${call}: ${path} ${first?.message ?? 'is invalid'}${more}. Fix the input; nothing was sent.`,
    { option: path, provider: STASH_PROVIDER, cause: result.error },
  );
}
