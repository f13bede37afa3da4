/** Options of {@link describeValue}. */
export interface DescribeValueOptions {
  /**
   * The option never holds a secret (a method name, a transport), so a short string may be
   * quoted. Otherwise a string is described by its length only: a common slip is pasting a
   * token into the wrong option.
   * @default false
   */
  showStrings?: boolean | undefined;
}

// Long enough for any method, transport or response type; short enough to stay one line.
const MAX_SHOWN_CHARS = 24;
const IDENTIFIER = /^[A-Za-z_$][\w$]{0,39}$/;

/**
 * Describes a bad option or argument for an error message, and never throws: `String()`
 * throws on a symbol, an object without a prototype (`Object.create(null)`, as JSON parsers
 * with `__proto__` protection return) or a revoked proxy, and a crash inside the code that
 * builds a ConfigurationError turns it into a bare TypeError. Never shows a secret.
 *
 * @example
 * ```ts
 * describeValue(1.5);                                  // '1.5'
 * describeValue('fake-token-0000');                    // 'a string of 15 characters'
 * describeValue('get', { showStrings: true });         // '"get"'
 * describeValue(Object.create(null));                  // 'an object without a prototype'
 * ```
 */
export function describeValue(value: unknown, options: DescribeValueOptions = {}): string {
  try {
    return describe(value, options.showStrings === true);
  } catch {
    // A revoked proxy throws on Array.isArray and getPrototypeOf alike.
    return 'a value that cannot be inspected';
  }
}

function describe(value: unknown, showStrings: boolean): string {
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `the bigint ${value}n`;
    case 'boolean':
      return String(value);
    case 'symbol':
      // Its description is caller text that could be anything: left out.
      return 'a symbol';
    case 'function':
      return 'a function';
    case 'string':
      if (value === '') return 'an empty string';
      return showStrings && value.length <= MAX_SHOWN_CHARS
        ? JSON.stringify(value)
        : `a string of ${value.length} characters`;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length} items`;
  return describeObject(value as object);
}

function describeObject(value: object): string {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null) return 'an object without a prototype';
  if (proto === Object.prototype) return 'an object';
  // The constructor's name only, and only when it looks like one: a getter or a class
  // built at runtime could return any text.
  const ctor: unknown = Object.getOwnPropertyDescriptor(proto, 'constructor')?.value;
  const name: unknown =
    typeof ctor === 'function' ? Object.getOwnPropertyDescriptor(ctor, 'name')?.value : undefined;
  return typeof name === 'string' && IDENTIFIER.test(name) ? `an instance of ${name}` : 'an object';
}
