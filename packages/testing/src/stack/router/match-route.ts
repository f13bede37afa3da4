import type { Route } from './route.js';

export type RouteMatch =
  | { readonly kind: 'found'; readonly route: Route; readonly params: Record<string, string> }
  | { readonly kind: 'wrong-method' }
  | { readonly kind: 'not-found' };

/** Literal segments win over parameters, so `/user-api-keys/check` beats `/user-api-keys/:id`. */
export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  const segments = path.split('/').filter((segment) => segment !== '');
  let best: { route: Route; params: Record<string, string>; literals: number } | undefined;
  let pathMatched = false;
  for (const candidate of routes) {
    const matched = matchPath(candidate.path, segments);
    if (matched === undefined) continue;
    pathMatched = true;
    if (candidate.method !== method) continue;
    if (best === undefined || matched.literals > best.literals) {
      best = { route: candidate, ...matched };
    }
  }
  if (best !== undefined) return { kind: 'found', route: best.route, params: best.params };
  return pathMatched ? { kind: 'wrong-method' } : { kind: 'not-found' };
}

function matchPath(
  pattern: string,
  segments: readonly string[],
): { params: Record<string, string>; literals: number } | undefined {
  const parts = pattern.split('/').filter((part) => part !== '');
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  let literals = 0;
  for (const [index, part] of parts.entries()) {
    const segment = segments[index] ?? '';
    if (part.startsWith(':')) {
      params[part.slice(1)] = safeDecode(segment);
    } else if (part === segment) {
      literals += 1;
    } else {
      return undefined;
    }
  }
  return { params, literals };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
