import { NetworkError } from '@core/auth';
import { PACKAGE_NAME } from '../version.js';

/**
 * Why reading the JWKS failed, thrown from inside jose's fetch so that `verifyAccessToken`
 * can tell a fetch failure (the keys could not be read) from a token jose refused.
 */
export class JwksFetchFailure extends Error {
  /** The HTTP status when a response came, undefined when the connection failed. */
  readonly status: number | undefined;

  constructor(status: number | undefined, cause: unknown) {
    super(status === undefined ? 'JWKS fetch failed' : `JWKS answered HTTP ${status}`, { cause });
    this.name = 'JwksFetchFailure';
    this.status = status;
  }
}

/**
 * The fetch jose uses for the JWKS: a connection failure or a status other than 200 becomes a
 * {@link JwksFetchFailure}, so nothing but a real fetch failure is reported as one. A timeout
 * (`TimeoutError` from jose's own signal) is passed through for jose to report as
 * `ERR_JWKS_TIMEOUT`. The body is read here too, so a connection cut mid-body is a fetch
 * failure rather than "not JSON".
 */
export function jwksFetch(fetchImpl: typeof globalThis.fetch | undefined): typeof globalThis.fetch {
  return async (input, init) => {
    const doFetch = fetchImpl ?? globalThis.fetch;
    let text: string;
    let response: Response;
    try {
      response = await doFetch(input, init);
      if (response.status !== 200) {
        await response.body?.cancel().catch(() => undefined);
        throw new JwksFetchFailure(response.status, undefined);
      }
      text = await response.text();
    } catch (error) {
      if (error instanceof JwksFetchFailure) throw error;
      if (error instanceof Error && error.name === 'TimeoutError') throw error;
      // jose's own signal aborted mid-body: let jose report its timeout.
      if (init?.signal?.aborted === true) throw init.signal.reason;
      throw new JwksFetchFailure(undefined, error);
    }
    return new Response(text, { status: 200, headers: response.headers });
  };
}

/** The NetworkError `verifyAccessToken` throws when the keys could not be read. */
export function jwksNetworkError(
  failure: unknown,
  where: { url: string; projectId: string },
): NetworkError {
  const status = failure instanceof JwksFetchFailure ? failure.status : undefined;
  const what =
    status !== undefined
      ? `answered HTTP ${status}`
      : failure instanceof JwksFetchFailure
        ? `failed (${failure.cause instanceof Error ? failure.cause.message : 'no response'})`
        : 'timed out';
  const fix =
    status === 404
      ? `Check that projectId ${where.projectId} and baseUrl point at the Stack API that issued the token`
      : `Check baseUrl and projectId (${where.projectId}), and retry`;
  return new NetworkError(
    `Fetching the JWKS from ${where.url} ${what}: the keys to verify the token could not be read. ${fix}.`,
    {
      provider: PACKAGE_NAME,
      cause: failure instanceof JwksFetchFailure && status === undefined ? failure.cause : failure,
      // A 4xx answer will not change on retry; a connection failure or 5xx may.
      ...(status !== undefined && status < 500 ? { retryable: false } : {}),
    },
  );
}
