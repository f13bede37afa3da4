// Strings (block strings first) and comments, matched left to right so a `#` inside a string
// or a quote inside a comment is read as what it is.
const STRINGS_AND_COMMENTS = /"""(?:\\"""|[\s\S])*?"""|"(?:\\.|[^"\\\n])*"|#[^\n\r]*/g;

/** One operation of a document: its name (undefined when anonymous). */
export interface DocumentOperation {
  readonly type: 'query' | 'mutation' | 'subscription';
  readonly name: string | undefined;
}

/**
 * The operations of a GraphQL document, as a server sees them: only definitions at depth 0,
 * comments and strings ignored, fragments skipped, `{ … }` alone an anonymous query. Enough
 * for the local server to refuse an `operationName` the document does not define, as every
 * GraphQL server does.
 *
 * @example
 * ```ts
 * documentOperations('query A { a } mutation B { b }'); // [{ type: 'query', name: 'A' }, { type: 'mutation', name: 'B' }]
 * ```
 */
export function documentOperations(document: string): DocumentOperation[] {
  const source = document.replace(STRINGS_AND_COMMENTS, ' ');
  const operations: DocumentOperation[] = [];
  let depth = 0;
  let inDefinition = false;
  for (const match of source.matchAll(/[_A-Za-z][_0-9A-Za-z]*|[{}()[\]]/g)) {
    const token = match[0];
    if ('{(['.includes(token)) {
      if (token === '{' && depth === 0 && !inDefinition) {
        operations.push({ type: 'query', name: undefined });
      }
      if (token === '{' && depth === 0) inDefinition = true;
      depth++;
    } else if ('})]'.includes(token)) {
      depth = Math.max(0, depth - 1);
      if (token === '}' && depth === 0) inDefinition = false;
    } else if (depth === 0 && !inDefinition) {
      if (token === 'query' || token === 'mutation' || token === 'subscription') {
        // The name, if any, is the very next word (commas are ignored tokens).
        const after = source.slice(match.index + token.length);
        const name = /^[\s,]*([_A-Za-z][_0-9A-Za-z]*)/.exec(after)?.[1];
        operations.push({ type: token, name });
        inDefinition = true;
      } else if (token === 'fragment') inDefinition = true;
    }
  }
  return operations;
}
