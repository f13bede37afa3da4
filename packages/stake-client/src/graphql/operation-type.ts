/** A GraphQL operation's type. */
export type OperationType = 'query' | 'mutation' | 'subscription';

/** One operation definition of a document. */
export interface OperationDefinition {
  readonly type: OperationType;
  /** Undefined for an anonymous operation. */
  readonly name: string | undefined;
}

const NAME_START = /[_A-Za-z]/;
const NAME_CHAR = /[_0-9A-Za-z]/;
const OPENERS = '{([';
const CLOSERS = '})]';
// GraphQL's ignored tokens: whitespace, line breaks, commas and the BOM.
const IGNORED = /[\s,\uFEFF]/;

/**
 * The operation definitions of a document, in order, read by a small lexer instead of a
 * regular expression: comments (`#` to the end of the line) and strings (block strings
 * `"""…"""` included) are skipped, and only words at nesting depth 0 count, so a field
 * named `query`, a string argument saying "mutation" or a commented-out `query Old` never
 * changes the answer. Fragments are skipped; `{ … }` alone is an anonymous query. Not a
 * validator: a malformed document yields what could be read (the `graphql` package would
 * cost far more than this package's whole bundle).
 *
 * @example
 * ```ts
 * readOperations('# query Old\nmutation Bet { diceRoll { id } }'); // [{ type: 'mutation', name: 'Bet' }]
 * ```
 */
export function readOperations(document: string): OperationDefinition[] {
  const operations: Array<{ type: OperationType; name: string | undefined }> = [];
  let depth = 0;
  // Inside a definition (operation or fragment) until its selection set closes.
  let inDefinition = false;
  // The operation whose name, if any, is the next word.
  let awaitingName: { type: OperationType; name: string | undefined } | undefined;
  let i = 0;
  while (i < document.length) {
    const c = document.charAt(i);
    if (c === '#') {
      while (i < document.length && document[i] !== '\n' && document[i] !== '\r') i++;
    } else if (c === '"') {
      i = skipString(document, i);
      awaitingName = undefined;
    } else if (NAME_START.test(c)) {
      const start = i;
      while (i < document.length && NAME_CHAR.test(document.charAt(i))) i++;
      const word = document.slice(start, i);
      if (depth !== 0) continue;
      if (awaitingName !== undefined) {
        awaitingName.name = word;
        awaitingName = undefined;
      } else if (!inDefinition && isOperationType(word)) {
        awaitingName = { type: word, name: undefined };
        operations.push(awaitingName);
        inDefinition = true;
      } else if (!inDefinition && word === 'fragment') {
        inDefinition = true;
      }
    } else {
      if (OPENERS.includes(c)) {
        // `{ … }` with no keyword before it is the query shorthand.
        if (c === '{' && depth === 0 && !inDefinition)
          operations.push({ type: 'query', name: undefined });
        if (c === '{' && depth === 0) inDefinition = true;
        depth++;
        awaitingName = undefined;
      } else if (CLOSERS.includes(c)) {
        depth = Math.max(0, depth - 1);
        if (c === '}' && depth === 0) inDefinition = false;
      } else if (!IGNORED.test(c)) {
        // `$`, `@`, `:`, `=`…: a name can only come right after the keyword.
        awaitingName = undefined;
      }
      i++;
    }
  }
  return operations;
}

/**
 * The operation `operationName` names (the first one when it is undefined), or undefined
 * when there is no such operation.
 *
 * @example
 * ```ts
 * selectOperation('query A { a } mutation B { b }', 'B'); // { type: 'mutation', name: 'B' }
 * ```
 */
export function selectOperation(
  document: string,
  operationName?: string,
): OperationDefinition | undefined {
  const operations = readOperations(document);
  return operationName === undefined
    ? operations[0]
    : operations.find((operation) => operation.name === operationName);
}

/**
 * The type of the operation `operationName` names in `document` (the first one when it is
 * undefined). When it cannot tell, it says `mutation`: the safe answer, since a mutation is
 * never retried (it may move money).
 *
 * @example
 * ```ts
 * operationTypeOf('query A { a } mutation B { b }', 'B'); // 'mutation'
 * ```
 */
export function operationTypeOf(document: string, operationName?: string): OperationType {
  return selectOperation(document, operationName)?.type ?? 'mutation';
}

/**
 * The name of the first operation, used as `operationName` when none is given; undefined
 * when it is anonymous.
 *
 * @example
 * ```ts
 * operationNameOf('# query Old\nmutation Bet { diceRoll { id } }'); // 'Bet'
 * ```
 */
export function operationNameOf(document: string): string | undefined {
  return readOperations(document)[0]?.name;
}

function isOperationType(word: string): word is OperationType {
  return word === 'query' || word === 'mutation' || word === 'subscription';
}

/** The index just past the string starting at `start` (a `"` or `"""`). */
function skipString(document: string, start: number): number {
  if (document.startsWith('"""', start)) {
    let i = start + 3;
    while (i < document.length) {
      if (document.startsWith('\\"""', i)) i += 4;
      else if (document.startsWith('"""', i)) return i + 3;
      else i++;
    }
    return i;
  }
  let i = start + 1;
  while (i < document.length) {
    const c = document.charAt(i);
    if (c === '\\') i += 2;
    else if (c === '"' || c === '\n' || c === '\r') return i + 1;
    else i++;
  }
  return i;
}
