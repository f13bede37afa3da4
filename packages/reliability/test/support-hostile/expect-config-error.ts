import type { LoopbackServer } from '@acme/testing';
import { ConfigurationError } from '@core/auth';
import { expect } from 'vitest';
import { expectTyped } from '../support-leaks/settle.js';

/** The hostile-input contract, and more: a ConfigurationError naming `option`. */
export async function expectConfigError(
  run: () => unknown,
  option: string,
  on?: LoopbackServer,
): Promise<void> {
  const settled = await expectTyped(run, on);
  const error = settled.kind === 'error' ? settled.error : undefined;
  expect(ConfigurationError.is(error), `expected a ConfigurationError, got ${settled.kind}`).toBe(
    true,
  );
  expect((error as ConfigurationError).option).toBe(option);
}
