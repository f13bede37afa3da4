import fc from 'fast-check';
import { junk } from '../support-leaks/settle.js';

/** Options objects holding any subset of `keys`, each set to junk. */
export function junkOptionsOf(keys: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    Object.fromEntries(keys.map((k) => [k, junk])) as Record<string, fc.Arbitrary<unknown>>,
    { requiredKeys: [] },
  );
}
