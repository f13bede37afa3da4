/**
 * The exit codes scripts can rely on.
 *
 * @example
 * ```sh
 * acme-auth check all --json > report.json || echo "exit $?" # 1: a check failed, 2: usage
 * ```
 */
export const EXIT_OK = 0;
/** A check failed, credentials are missing, or a call failed. */
export const EXIT_FAILED = 1;
/** The command line was wrong: unknown command or option, missing argument, no input. */
export const EXIT_USAGE = 2;

/** The exit codes as the help and README show them. */
export const EXIT_CODES_HELP = `Exit codes:
  0  ok
  1  a check failed, credentials are missing, or a call failed
  2  usage error (unknown command or option, missing argument or input)`;
