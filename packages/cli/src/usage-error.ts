/**
 * A command line the CLI cannot run: exits with {@link EXIT_USAGE}.
 *
 * @example
 * ```ts
 * throw new UsageError('no input: pass a file or pipe the curl command on stdin.');
 * ```
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
