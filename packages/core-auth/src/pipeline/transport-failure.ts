import type { SdkError } from '../errors/sdk-error.js';
import { AbortError, NetworkError, TimeoutError } from '../errors/transport-errors.js';
import type { CallScope } from './call-scope.js';

interface FailureContext {
  error: unknown;
  call: CallScope;
  /** True when this attempt's own timer fired. */
  attemptTimedOut: boolean;
  /** e.g. `GET https://api.example.com/users` with the URL redacted. */
  what: string;
  provider: string;
  timeoutMs: number;
  deadlineMs: number | undefined;
  redact: (text: string) => string;
}

const SYSCALL_ADVICE: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused. Check that the server is running at baseUrl',
  ECONNRESET: 'the connection was reset. The server or a proxy dropped it; retry later',
  ENOTFOUND: 'the host name did not resolve. Check baseUrl',
  EAI_AGAIN: 'the host name could not be resolved right now. Check DNS and retry',
  ETIMEDOUT: 'the connection timed out. Check network access to the host',
  UND_ERR_SOCKET: 'the server closed the connection before answering. Retry later',
};

/**
 * Names a failure that left no response: the caller's abort, a closed client, a deadline,
 * an attempt's timeout, or the network. The scopes say which, not the thrown error, whose
 * shape differs between fetch implementations.
 */
export function transportFailure(context: FailureContext): SdkError {
  const { call, provider, what } = context;
  switch (call.reason) {
    case 'caller':
      return new AbortError(`${what} was aborted by the caller's AbortSignal.`, {
        provider,
        cause: call.callerReason,
      });
    case 'closed':
      return new AbortError(`${what} was cancelled because the client was closed.`, { provider });
    case 'deadline':
      return new TimeoutError(
        `${what} did not finish within its deadline of ${context.deadlineMs} ms, retries included: raise deadlineMs or check the server's health.`,
        { provider, timeoutKind: 'deadline', timeoutMs: context.deadlineMs ?? 0 },
      );
    default:
      break;
  }
  if (context.attemptTimedOut) {
    return new TimeoutError(
      `${what} got no complete response within ${context.timeoutMs} ms: raise timeoutMs, or check the server's health.`,
      { provider, timeoutKind: 'attempt', timeoutMs: context.timeoutMs },
    );
  }
  const syscallCode = syscallCodeOf(context.error);
  const advice =
    (syscallCode === undefined ? undefined : SYSCALL_ADVICE[syscallCode]) ??
    'the connection failed. Check network access to baseUrl and retry';
  return new NetworkError(
    `${what} failed before a response arrived (${syscallCode ?? 'network error'}): ${advice}.`,
    {
      provider,
      syscallCode,
      cause: sanitizedCause(context.error, context.redact),
    },
  );
}

function syscallCodeOf(error: unknown): string | undefined {
  // undici puts the system error on `cause`; other fetches put it on the error itself.
  for (
    let e: unknown = error, depth = 0;
    e !== null && typeof e === 'object' && depth < 4;
    depth++
  ) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z][A-Z_\d]+$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** A copy of the underlying error that keeps its name, code and redacted message, and nothing else. */
export function sanitizedCause(
  error: unknown,
  redact: (text: string) => string,
): Error | undefined {
  if (!(error instanceof Error)) return undefined;
  const copy = new Error(redact(error.message));
  copy.name = error.name;
  const code = syscallCodeOf(error);
  if (code !== undefined) Object.assign(copy, { code });
  return copy;
}
