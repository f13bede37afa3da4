import type { StakeGraphQLErrorEntry } from './stake-graphql-error.js';

/** The `errors` entries of a GraphQL body, tolerant of odd shapes; [] when there are none. */
export function readGraphQLErrors(body: unknown): StakeGraphQLErrorEntry[] {
  if (!isRecord(body) || !Array.isArray(body.errors)) return [];
  return body.errors.filter(isRecord).map((entry) => ({
    message: typeof entry.message === 'string' ? entry.message : 'no message',
    errorType: typeof entry.errorType === 'string' ? entry.errorType : undefined,
    path: Array.isArray(entry.path)
      ? entry.path.filter(
          (p): p is string | number => typeof p === 'string' || typeof p === 'number',
        )
      : undefined,
    locations: Array.isArray(entry.locations)
      ? (entry.locations as Array<{ line: number; column: number }>)
      : undefined,
  }));
}

/** The `data` member of a GraphQL body, or undefined. */
export function readGraphQLData(body: unknown): unknown {
  return isRecord(body) ? body.data : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
