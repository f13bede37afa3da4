import type { ResponseSchema } from '@core/auth';
import { isRecord } from '../errors/read-graphql-errors.js';

/**
 * A schema for the whole GraphQL envelope that validates its `data` with `schema` and
 * resolves to it, so the pipeline validates (and reports issues at `data.…`) as for any
 * other API. Errors in the envelope are the error mapper's, before this runs.
 */
export function graphqlData<T>(schema: ResponseSchema<T> | undefined): ResponseSchema<T> {
  return {
    safeParse(body) {
      const data = isRecord(body) ? body.data : undefined;
      if (schema === undefined) return { success: true, data: data as T };
      const result = schema.safeParse(data);
      if (result.success) return result;
      const issues = result.error.issues.map((issue) => ({
        ...issue,
        path: ['data', ...issue.path],
      }));
      return { success: false, error: { issues } };
    },
  };
}
