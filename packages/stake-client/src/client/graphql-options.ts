import type { ResponseSchema } from '@core/auth';
import type { StakeCallOptions } from './stake-client-options.js';

/** Options of {@link StakeClient.graphql}. */
export interface GraphQLOptions<T> extends StakeCallOptions {
  variables?: Record<string, unknown>;
  /** @default the first operation's name in the document */
  operationName?: string;
  /** Validates `data` (numbers already exact: see `stakeDecimal`); the call resolves to its output. */
  schema?: ResponseSchema<T>;
  /**
   * Treat a null `data.user` as a refused token. @default true when the operation selects
   * the root `user` field without arguments (the logged-in user)
   */
  requireUser?: boolean;
}

/** True when the document selects the viewer: a root `user` field without arguments. */
export function selectsViewer(document: string): boolean {
  return /^[^{]*\{\s*user\s*\{/.test(document.replace(/#[^\n]*/g, ' '));
}
