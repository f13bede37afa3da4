/** An error as the CLI shows it: never a stack, never a secret. */
export interface ErrorSummary {
  readonly name: string;
  readonly code?: string;
  readonly status?: number;
  readonly message: string;
}

/**
 * Summarises an error for output. SDK errors are redacted when they are built (the message
 * never holds a secret), so their message is safe to print. Read by shape, not through
 * `isSdkError`, so that usage errors need not load `@core/auth`.
 *
 * @example
 * ```ts
 * describeError(error); // { name: 'AuthenticationError', code: 'authentication', status: 401, message: '…' }
 * ```
 */
export function describeError(error: unknown): ErrorSummary {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const { code, status } = error as { code?: unknown; status?: unknown };
  return {
    name: error.name,
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof status === 'number' ? { status } : {}),
    message: error.message,
  };
}
