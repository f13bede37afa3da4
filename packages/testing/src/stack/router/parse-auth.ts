import { DEFAULT_BRANCH_ID } from '../constants.js';
import { KnownError } from '../known-errors.js';
import type { StackServerKeys } from '../stack-server-types.js';
import {
  type AccessTokenClaims,
  type TokenContext,
  verifyAccessToken,
} from '../tokens/access-tokens.js';
import { checkProjectKey } from './check-project-key.js';

export type AccessType = 'client' | 'server' | 'admin';
export const ACCESS_TYPES: readonly AccessType[] = ['client', 'server', 'admin'];

/** Who is calling, once `parseAuth` let the request through. */
export interface Auth {
  readonly type: AccessType;
  readonly projectId: string;
  readonly branchId: string;
  /** From `x-stack-access-token`; the user may have been deleted since it was signed. */
  readonly token: AccessTokenClaims | undefined;
}

export interface AuthConfig extends TokenContext {
  readonly projectKeys: StackServerKeys;
  readonly requirePublishableClientKey: boolean;
}

/**
 * Research §1 `parseAuth`, in the real server's order: header combinations, then the access
 * token (before any key, so a stale token breaks even keyless routes), then the project, then
 * the key of the access type, then the branch. No access type and no key: `null`.
 */
export async function parseAuth(
  headers: Readonly<Record<string, string>>,
  config: AuthConfig,
): Promise<Auth | null> {
  const accessType = headers['x-stack-access-type'];
  const projectId = headers['x-stack-project-id'];
  const publishableKey = headers['x-stack-publishable-client-key'];
  const serverKey = headers['x-stack-secret-server-key'];
  const adminKey = headers['x-stack-super-secret-admin-key'];
  const adminAccessToken = headers['x-stack-admin-access-token'];
  const accessToken = headers['x-stack-access-token'];
  const allowAnonymous = headers['x-stack-allow-anonymous-user'] === 'true';
  // Research §1: allowing anonymous users also allows restricted ones.
  const allowRestricted = headers['x-stack-allow-restricted-user'] === 'true' || allowAnonymous;

  const anyKey = [publishableKey, serverKey, adminKey, adminAccessToken].some(Boolean);
  if (!accessType && anyKey) throw new KnownError('PROJECT_KEY_WITHOUT_ACCESS_TYPE');
  if (!accessType) return null;
  if (!isAccessType(accessType)) {
    throw new KnownError('INVALID_ACCESS_TYPE', { access_type: accessType });
  }
  if (!projectId)
    throw new KnownError('ACCESS_TYPE_WITHOUT_PROJECT_ID', { request_type: accessType });
  const branchId = headers['x-stack-branch-id'] ?? DEFAULT_BRANCH_ID;

  let token: AccessTokenClaims | undefined;
  if (accessToken) {
    token = await verifyAccessToken(config, accessToken);
    if (token.projectId !== projectId) {
      throw new KnownError('INVALID_PROJECT_FOR_ACCESS_TOKEN', {
        expected_project_id: projectId,
        actual_project_id: token.projectId,
      });
    }
    if (token.isAnonymous && !allowAnonymous) {
      throw new KnownError('ANONYMOUS_AUTHENTICATION_NOT_ALLOWED');
    }
    if (token.isRestricted && !allowRestricted) {
      throw new KnownError('RESTRICTED_USER_NOT_ALLOWED', {
        restricted_reason: token.restrictedReason,
      });
    }
  }

  if (projectId !== config.projectId) {
    throw new KnownError('CURRENT_PROJECT_NOT_FOUND', { project_id: projectId });
  }
  if (adminAccessToken) {
    await rejectAdminAccessToken(config, adminAccessToken);
  } else {
    checkProjectKey(
      accessType,
      {
        publishableKey,
        serverKey,
        adminKey,
        developmentOverrideKey: headers['x-stack-development-override-key'],
      },
      config,
    );
  }
  if (branchId !== DEFAULT_BRANCH_ID) {
    throw new KnownError('BRANCH_DOES_NOT_EXIST', { branch_id: branchId });
  }
  return { type: accessType, projectId, branchId, token };
}

function isAccessType(value: string): value is AccessType {
  return (ACCESS_TYPES as readonly string[]).includes(value);
}

/**
 * Admin access tokens belong to users of the real `internal` project, which this server does
 * not model: an expired token of ours is `ADMIN_ACCESS_TOKEN_EXPIRED`, a valid one
 * `ADMIN_ACCESS_TOKEN_IS_NOT_ADMIN`, anything else `UNPARSABLE_ADMIN_ACCESS_TOKEN`.
 */
async function rejectAdminAccessToken(config: AuthConfig, token: string): Promise<never> {
  try {
    await verifyAccessToken(config, token);
  } catch (error) {
    if (error instanceof KnownError && error.code === 'ACCESS_TOKEN_EXPIRED') {
      throw new KnownError('ADMIN_ACCESS_TOKEN_EXPIRED', {
        expired_at_millis: error.details?.expired_at_millis,
      });
    }
    throw new KnownError('UNPARSABLE_ADMIN_ACCESS_TOKEN');
  }
  throw new KnownError('ADMIN_ACCESS_TOKEN_IS_NOT_ADMIN');
}
