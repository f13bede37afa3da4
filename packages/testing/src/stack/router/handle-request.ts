import { randomUUID } from 'node:crypto';
import type { RecordedRequest } from '../../recorded-request.js';
import type { ScriptedResponse } from '../../scripted-response.js';
import { API_PREFIX } from '../constants.js';
import { KnownError, StatusError } from '../known-errors.js';
import type { StackWorld } from '../stack-world.js';
import { matchRoute } from './match-route.js';
import { parseAuth } from './parse-auth.js';
import { parseBody } from './parse-body.js';
import type { Reply, Route } from './route.js';
import { validateRequest } from './validate-request.js';

/**
 * One request through the real server's stages (research §1): route lookup, `parseBody`,
 * `parseAuth`, the route's access types, its schemas, then the handler; errors become the
 * known-error or plain-text shapes of research §2.
 */
export async function handleStackRequest(
  routes: readonly Route[],
  world: StackWorld,
  request: RecordedRequest,
): Promise<ScriptedResponse> {
  const requestId = randomUUID();
  let reply: Reply;
  try {
    reply = await dispatch(routes, world, request);
  } catch (error) {
    reply = errorReply(error, requestId);
  }
  return finish(reply, request, requestId);
}

async function dispatch(
  routes: readonly Route[],
  world: StackWorld,
  request: RecordedRequest,
): Promise<Reply> {
  const inApi = request.path === API_PREFIX || request.path.startsWith(`${API_PREFIX}/`);
  const match = inApi
    ? matchRoute(routes, request.method, request.path.slice(API_PREFIX.length))
    : ({ kind: 'not-found' } as const);
  if (match.kind === 'not-found') {
    throw new StatusError(
      404,
      `404: ${request.method} ${request.path} does not exist in the Stack Auth API.`,
    );
  }
  if (match.kind === 'wrong-method') throw new StatusError(405, 'Method not allowed');
  const { route, params } = match;
  // Upstream `createSmartRequest` parses the body before it reads the auth headers, so bad
  // JSON is BODY_PARSING_ERROR even with a wrong key.
  const rawBody = parseBody(request.method, request.headers, request.body);
  const auth = await parseAuth(request.headers, world);
  if (route.access !== 'none') {
    if (auth === null) throw new KnownError('ACCESS_TYPE_REQUIRED');
    if (!route.access.includes(auth.type)) {
      throw new KnownError('INSUFFICIENT_ACCESS_TYPE', {
        actual_access_type: auth.type,
        allowed_access_types: route.access,
      });
    }
  }
  const parts = validateRequest(route, `${request.method} ${request.path}`, {
    params,
    query: Object.fromEntries(request.query),
    body: rawBody,
  });
  return route.handle({ ...parts, auth, request, world });
}

function errorReply(error: unknown, requestId: string): Reply {
  if (error instanceof KnownError) {
    return {
      status: error.status,
      json: error.toJson(),
      headers: { 'x-stack-known-error': error.code },
    };
  }
  if (error instanceof StatusError) return { status: error.status, text: error.message };
  // smart-route-handler.tsx `InternalServerError`: an opaque 500 that names the request id.
  return {
    status: 500,
    text: `Something went wrong. Please make sure the data you entered is correct.\n\nRequest ID: ${requestId}`,
  };
}

/**
 * Research §1 (`smart-response.tsx`): every response carries `x-stack-request-id` and
 * `cache-control: no-store`; with `x-stack-override-error-status`, a 4xx becomes a 200 with
 * `x-stack-actual-status`, and a 5xx stays as it is.
 */
function finish(reply: Reply, request: RecordedRequest, requestId: string): ScriptedResponse {
  const status = reply.status ?? 200;
  const headers: Record<string, string> = {
    'x-stack-request-id': requestId,
    'cache-control': 'no-store',
    ...reply.headers,
  };
  let sentStatus = status;
  if (
    request.headers['x-stack-override-error-status'] !== undefined &&
    status >= 400 &&
    status < 500
  ) {
    sentStatus = 200;
    headers['x-stack-actual-status'] = String(status);
  }
  if (reply.text !== undefined) return { status: sentStatus, headers, body: reply.text };
  return { status: sentStatus, headers, json: reply.json ?? null };
}
