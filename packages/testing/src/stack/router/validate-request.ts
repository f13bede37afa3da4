import type { z } from 'zod';
import { KnownError } from '../known-errors.js';
import type { Route } from './route.js';

export interface ValidatedParts {
  readonly params: unknown;
  readonly query: unknown;
  readonly body: unknown;
}

/**
 * Research §1.7: the real server validates with `noUnknownPathPrefixes: ["body","query","params"]`,
 * so an unknown key anywhere is a 400 `SCHEMA_ERROR` whose message lists every failing field.
 */
export function validateRequest(
  route: Route,
  label: string,
  parts: { params: Record<string, string>; query: Record<string, string>; body: unknown },
): ValidatedParts {
  const problems: string[] = [];
  const check = (where: string, schema: z.ZodType | undefined, value: unknown): unknown => {
    if (schema === undefined) return value;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) problems.push(describe(where, issue));
    return undefined;
  };
  const params = check('params', route.params, parts.params);
  const query = check('query', route.query, parts.query);
  const body = check('body', route.body, parts.body);
  if (problems.length > 0) {
    const message = `Request validation failed on ${label}:\n${problems.map((p) => `  - ${p}`).join('\n')}`;
    throw new KnownError('SCHEMA_ERROR', { message });
  }
  return { params, query, body };
}

function describe(where: string, issue: z.core.$ZodIssue): string {
  const location = [where, ...issue.path.map(String)].join('.');
  if (issue.code === 'unrecognized_keys') {
    return `${location} contains unknown properties: ${issue.keys.join(', ')}`;
  }
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
    return `${location} must be defined`;
  }
  return `${location}: ${issue.message}`;
}
