import {
  type CredentialProvider,
  createPipeline,
  type Pipeline,
  Secret,
  staticCredential,
  transportOptionsOf,
} from '@core/auth';
import { lazySchema } from '@core/auth/zod';
import * as z from 'zod/mini';
import { createUserSession, type UserSession, type WithUserOptions } from '../auth/user-session.js';
import { createTokenVerifier } from '../auth/verify-access-token.js';
import { resolveBaseUrl } from '../config/base-url.js';
import { validateProjectId } from '../config/project-id.js';
import { mapStackError } from '../errors/map-stack-error.js';
import type { StackAccessType, StackCredential } from '../http/stack-credential.js';
import { STACK_SAFE_HEADERS, stackHeaders } from '../http/stack-headers.js';
import { projectMethods } from '../resources/project.js';
import { PACKAGE_NAME } from '../version.js';
import type { StackClientBase, StackCommonOptions } from './client-types.js';

/** Dead `withUser` references are swept once this many are held (then twice the live count). */
const MIN_PRUNE_AT = 64;

const refreshResponse = lazySchema(() =>
  z.object({ access_token: z.string().check(z.minLength(1)) }),
);

/** What every factory builds on: checked options, the project pipeline, and helpers. */
export interface StackCore<A extends StackAccessType> {
  readonly base: StackClientBase<A>;
  readonly pipeline: Pipeline;
  /** A pipeline that carries a user's access token, and the session behind it. */
  userPipeline(options: WithUserOptions): { pipeline: Pipeline; session: UserSession };
}

/**
 * Builds the parts every client shares. Options are checked here, before any request:
 * the project id, the base URL (the pipeline checks https), and the key by the caller.
 */
export function createStackCore<A extends StackAccessType>(
  accessType: A,
  key: Secret | undefined,
  options: StackCommonOptions,
): StackCore<A> {
  const projectId = validateProjectId(options?.projectId);
  const apiRoot = resolveBaseUrl(options.baseUrl);
  const credential: StackCredential = { accessType, projectId, key };
  const headers = stackHeaders(options);
  const pipelineFor = (credentials: CredentialProvider<StackCredential>): Pipeline =>
    createPipeline<StackCredential>({
      baseUrl: `${apiRoot}/api/v1`,
      provider: PACKAGE_NAME,
      credentials,
      headers,
      mapError: mapStackError,
      requestIdHeader: 'x-stack-request-id',
      safeHeaders: STACK_SAFE_HEADERS,
      ...transportOptionsOf(options),
    });
  const pipeline = pipelineFor(staticCredential(credential));

  // One refresh in flight per refresh token across every withUser client of this client
  // (research §7: single flight per session, keyed by project and refresh token).
  const flights = new Map<string, Promise<Secret>>();
  const refreshAccessToken = (refreshToken: Secret): Promise<Secret> => {
    const id = refreshToken.reveal();
    let flight = flights.get(id);
    if (flight === undefined) {
      // Research §3: the project pipeline carries no access token, because the server checks
      // a (stale) x-stack-access-token before it reads the refresh token, and fails.
      flight = pipeline
        .request({
          method: 'POST',
          path: '/auth/sessions/current/refresh',
          headers: { 'x-stack-refresh-token': id },
          schema: refreshResponse,
          // A fresh access token comes back: a malformed body is reported by shape only.
          secretResponse: true,
          // Refreshing twice is harmless: the refresh token is not rotated (research §3).
          idempotent: true,
        })
        .then(({ access_token }) => Secret.from(access_token))
        .finally(() => flights.delete(id));
      flights.set(id, flight);
    }
    return flight;
  };

  // withUser pipelines, held weakly: a per-request withUser client nobody closes must not be
  // kept alive by this client. close() closes those still alive, and any created later.
  const userPipelines = new Set<WeakRef<Pipeline>>();
  let pruneAt = MIN_PRUNE_AT;
  const track = (userPipeline: Pipeline): void => {
    if (pipeline.closed) {
      userPipeline.close();
      return;
    }
    if (userPipelines.size >= pruneAt) {
      for (const ref of userPipelines) if (ref.deref() === undefined) userPipelines.delete(ref);
      pruneAt = Math.max(MIN_PRUNE_AT, userPipelines.size * 2);
    }
    userPipelines.add(new WeakRef(userPipeline));
  };

  const verify = createTokenVerifier({ baseUrl: apiRoot, projectId, fetch: options.fetch });
  const base: StackClientBase<A> = {
    accessType,
    projectId,
    verifyAccessToken: verify,
    close: () => {
      pipeline.close();
      for (const ref of userPipelines) ref.deref()?.close();
      userPipelines.clear();
    },
    ...projectMethods((request) => pipeline.request(request)),
  };
  return {
    base,
    pipeline,
    userPipeline: (userOptions) => {
      const session = createUserSession(credential, userOptions, refreshAccessToken);
      const userPipeline = pipelineFor(session.credentials);
      track(userPipeline);
      return { pipeline: userPipeline, session };
    },
  };
}

/** The transport options a caller passed, without undefined ones. */
