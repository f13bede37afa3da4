/** A GraphQL operation's type. */
export type OperationType = 'query' | 'mutation' | 'subscription';

// A named or anonymous operation definition; comments are removed first.
const DEFINITION = /(?:^|[\s}])(query|mutation|subscription)\b\s*([_A-Za-z][_0-9A-Za-z]*)?/g;

/**
 * The type of the operation `operationName` names in `document` (the first one without a
 * name). When it cannot tell, it says `mutation`: the safe answer, since a mutation is
 * never retried (it may move money).
 */
export function operationTypeOf(document: string, operationName?: string): OperationType {
  const source = document
    .replace(/#[^\n]*/g, ' ')
    .replace(/"""[\s\S]*?"""|"(?:\\.|[^"\\])*"/g, '""');
  if (/^\s*\{/.test(source)) return 'query';
  const definitions = [...source.matchAll(DEFINITION)].map((m) => ({
    type: m[1] as OperationType,
    name: m[2],
  }));
  const found =
    operationName === undefined
      ? definitions[0]
      : definitions.find((d) => d.name === operationName);
  return found?.type ?? 'mutation';
}

/** The name of the first operation, used as `operationName` when none is given. */
export function operationNameOf(document: string): string | undefined {
  const match = /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(document);
  return match?.[1];
}
