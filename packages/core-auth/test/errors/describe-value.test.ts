import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/errors/describe-value.js';
import { Secret } from '../../src/secrets/secret.js';

const FAKE_SECRET = `fake-${'5ec2'.repeat(8)}`;

describe('describeValue', () => {
  it.each([
    [undefined, 'undefined'],
    [null, 'null'],
    [1.5, '1.5'],
    [-0, '-0'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [5n, 'the bigint 5n'],
    [false, 'false'],
    ['', 'an empty string'],
    [[1, 2, 3], 'an array of 3 items'],
    [{ a: 1 }, 'an object'],
    [() => 1, 'a function'],
    [new Date(0), 'an instance of Date'],
    [new Map(), 'an instance of Map'],
  ])('describes %o as %j', (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  // Each of these made String() throw inside the code building a ConfigurationError.
  it('never throws: symbols, prototype-less objects, revoked proxies, hostile getters', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const trap = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('trap');
        },
      },
    );
    const hostile = Object.create({
      get constructor(): never {
        throw new Error('getter');
      },
    }) as object;
    expect(describeValue(Symbol('fake-symbol'))).toBe('a symbol');
    expect(describeValue(Object.create(null))).toBe('an object without a prototype');
    expect(describeValue(proxy)).toBe('a value that cannot be inspected');
    expect(describeValue(trap)).toBe('a value that cannot be inspected');
    expect(describeValue(hostile)).toBe('an object');
  });

  it('shows a string by its length only, unless the option is known to hold no secret', () => {
    expect(describeValue(FAKE_SECRET)).toBe(`a string of ${FAKE_SECRET.length} characters`);
    expect(describeValue('get', { showStrings: true })).toBe('"get"');
    // Quoted as JSON, so a line break cannot split a log line.
    expect(describeValue('a\nb', { showStrings: true })).toBe('"a\\nb"');
    // Past 24 characters even a "safe" option's value is described, not shown.
    expect(describeValue(FAKE_SECRET, { showStrings: true })).not.toContain(FAKE_SECRET);
  });

  it('never shows a Secret or a class name that is not an identifier', () => {
    expect(describeValue(Secret.from(FAKE_SECRET))).toBe('an instance of Secret');
    const named = { [FAKE_SECRET]: class {} }[FAKE_SECRET];
    expect(describeValue(new (named as new () => object)())).toBe('an object');
  });
});
