import type { StackUserType } from './access-token-claims.js';

/** The issuer and audience of one user type. */
export interface TokenAudience {
  userType: StackUserType;
  issuer: string;
  audience: string;
}

/**
 * Research §3 (`getIssuer`/`getAudience` in `tokens.tsx`): each user type has its own
 * issuer path and audience suffix. hexclave/hexclave#857 shows how easy these are to mix
 * up, so they live in this one table.
 *
 * @example
 * ```ts
 * tokenAudiences('https://api.stack-auth.com', pid, { allowAnonymous: true });
 * ```
 */
export function tokenAudiences(
  baseUrl: string,
  projectId: string,
  allow: { allowAnonymous?: boolean | undefined; allowRestricted?: boolean | undefined },
): TokenAudience[] {
  const api = `${baseUrl}/api/v1`;
  // Research §3: allowing anonymous users implies allowing restricted ones.
  const restricted = allow.allowRestricted === true || allow.allowAnonymous === true;
  return [
    { userType: 'normal', issuer: `${api}/projects/${projectId}`, audience: projectId },
    ...(restricted
      ? [
          {
            userType: 'restricted' as const,
            issuer: `${api}/projects-restricted-users/${projectId}`,
            audience: `${projectId}:restricted`,
          },
        ]
      : []),
    ...(allow.allowAnonymous === true
      ? [
          {
            userType: 'anonymous' as const,
            issuer: `${api}/projects-anonymous-users/${projectId}`,
            audience: `${projectId}:anon`,
          },
        ]
      : []),
  ];
}

/** The JWKS URL that publishes the keys for those user types (research §3). */
export function jwksUrl(
  baseUrl: string,
  projectId: string,
  allow: { allowAnonymous?: boolean | undefined; allowRestricted?: boolean | undefined },
): URL {
  const restricted = allow.allowRestricted === true || allow.allowAnonymous === true;
  const url = new URL(
    `${baseUrl}/api/v1/projects/${encodeURIComponent(projectId)}/.well-known/jwks.json`,
  );
  url.searchParams.set('include_restricted', String(restricted));
  url.searchParams.set('include_anonymous', String(allow.allowAnonymous === true));
  return url;
}
