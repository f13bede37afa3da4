import { KnownError, StatusError } from '../known-errors.js';
import type { AccessType, AuthConfig } from './parse-auth.js';

export interface SentKeys {
  readonly publishableKey?: string | undefined;
  readonly serverKey?: string | undefined;
  readonly adminKey?: string | undefined;
  readonly developmentOverrideKey?: string | undefined;
}

/**
 * Research §1.5: only the key of the access type is checked. A missing key is
 * `…_REQUIRED` (for client, only when the project requires a publishable key), a wrong one
 * `INVALID_…`. The development override key works only in dev/test backends; this server
 * plays a production one, so it is a plain 401.
 */
export function checkProjectKey(accessType: AccessType, sent: SentKeys, config: AuthConfig): void {
  if (sent.developmentOverrideKey) {
    throw new StatusError(
      401,
      'Development key override is only allowed in development or test environments',
    );
  }
  const details = { project_id: config.projectId };
  switch (accessType) {
    case 'client':
      if (!sent.publishableKey) {
        if (config.requirePublishableClientKey) {
          throw new KnownError('PUBLISHABLE_CLIENT_KEY_REQUIRED_FOR_PROJECT', details);
        }
        return;
      }
      if (sent.publishableKey !== config.projectKeys.publishableClientKey) {
        throw new KnownError('INVALID_PUBLISHABLE_CLIENT_KEY', details);
      }
      return;
    case 'server':
      if (!sent.serverKey) throw new KnownError('SERVER_AUTHENTICATION_REQUIRED');
      if (sent.serverKey !== config.projectKeys.secretServerKey) {
        throw new KnownError('INVALID_SECRET_SERVER_KEY', details);
      }
      return;
    case 'admin':
      if (!sent.adminKey) throw new KnownError('ADMIN_AUTHENTICATION_REQUIRED');
      if (sent.adminKey !== config.projectKeys.superSecretAdminKey) {
        throw new KnownError('INVALID_SUPER_SECRET_ADMIN_KEY', details);
      }
      return;
  }
}
