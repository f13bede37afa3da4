import type { z } from 'zod';
import type { RecordedRequest } from '../../recorded-request.js';
import type { StackWorld } from '../stack-world.js';
import type { AccessType, Auth } from './parse-auth.js';

/** What a handler returns; the dispatcher adds the headers every Stack response carries. */
export interface Reply {
  /** @default 200 */
  readonly status?: number;
  readonly json?: unknown;
  /** A `text/plain` body, as `GET /api/v1` sends. */
  readonly text?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface RouteContext<P, Q, B, A extends Auth | null> {
  readonly auth: A;
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly request: RecordedRequest;
  readonly world: StackWorld;
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** A route with its types erased, as the dispatcher sees it. */
export interface Route {
  readonly method: Method;
  /** Under `/api/v1`, with `:name` parameters, e.g. `/users/:user_id`. */
  readonly path: string;
  /** `'none'`: works without auth too (`GET /api/v1`, the JWKS). */
  readonly access: readonly AccessType[] | 'none';
  readonly params: z.ZodType | undefined;
  readonly query: z.ZodType | undefined;
  /** Undefined: any body is accepted and ignored. */
  readonly body: z.ZodType | undefined;
  readonly handle: (
    context: RouteContext<unknown, unknown, unknown, Auth | null>,
  ) => Promise<Reply>;
}

interface RouteSpec<
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  A extends Auth | null,
> {
  readonly method: Method;
  readonly path: string;
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  readonly handle: (
    context: RouteContext<z.output<P>, z.output<Q>, z.output<B>, A>,
  ) => Reply | Promise<Reply>;
}

/**
 * Declares a route that needs one of `access` (research §1.7: otherwise
 * `ACCESS_TYPE_REQUIRED` or `INSUFFICIENT_ACCESS_TYPE`). The dispatcher validates params,
 * query and body with the schemas before calling `handle`, so the casts here are safe.
 */
export function route<
  P extends z.ZodType = z.ZodUnknown,
  Q extends z.ZodType = z.ZodUnknown,
  B extends z.ZodType = z.ZodUnknown,
>(access: readonly AccessType[], spec: RouteSpec<P, Q, B, Auth>): Route {
  return erase(access, spec as RouteSpec<P, Q, B, Auth | null>);
}

/** Declares a route that also answers requests without any auth headers. */
export function publicRoute<
  P extends z.ZodType = z.ZodUnknown,
  Q extends z.ZodType = z.ZodUnknown,
  B extends z.ZodType = z.ZodUnknown,
>(spec: RouteSpec<P, Q, B, Auth | null>): Route {
  return erase('none', spec);
}

function erase<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  access: readonly AccessType[] | 'none',
  spec: RouteSpec<P, Q, B, Auth | null>,
): Route {
  return {
    method: spec.method,
    path: spec.path,
    access,
    params: spec.params,
    query: spec.query,
    body: spec.body,
    handle: async (context) =>
      spec.handle(context as RouteContext<z.output<P>, z.output<Q>, z.output<B>, Auth | null>),
  };
}

export const CLIENT_OR_HIGHER: readonly AccessType[] = ['client', 'server', 'admin'];
export const SERVER_OR_HIGHER: readonly AccessType[] = ['server', 'admin'];
