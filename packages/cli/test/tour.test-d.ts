// Compiles the README's code: vitest typechecks this file, and with it every file it imports.
import { describe, expectTypeOf, it } from 'vitest';
import '../../../examples/tour/pipeline.js';
import '../../../examples/tour/stake.js';
import { claims, items } from '../../../examples/tour/stack.js';
import { url } from '../../../examples/tour/stash.js';

describe("the README's tour", () => {
  it('compiles, and its values have the documented types', () => {
    expectTypeOf(url).toEqualTypeOf<string>();
    expectTypeOf(claims.userId).toEqualTypeOf<string>();
    expectTypeOf(items).toBeArray();
  });
});
