/** This package's name, which prefixes every error message. */
export const PACKAGE_NAME = '@acme/stack-client';

/** This package's version, sent in `x-stack-client-version`. */
export const PACKAGE_VERSION = '0.1.0';

/**
 * The `x-stack-client-version` value. Research §1: Stack parses it with
 * `^(\w+)\s+(@[\w\/]+)@([\d.]+)$` for telemetry only; the `-` in our name does not match,
 * so the server ignores it. It is sent anyway, as the official SDK does, so that a server
 * that learns to read it sees who called.
 *
 * @example
 * ```ts
 * STACK_CLIENT_VERSION; // 'js @acme/stack-client@0.1.0'
 * ```
 */
export const STACK_CLIENT_VERSION = `js ${PACKAGE_NAME}@${PACKAGE_VERSION}`;
