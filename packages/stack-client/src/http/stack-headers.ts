import type { HeaderBuilder } from '@core/auth';
import { STACK_CLIENT_VERSION } from '../version.js';
import type { StackAccessType, StackCredential, StackUserTypeOptions } from './stack-credential.js';

const KEY_HEADER: Record<StackAccessType, string> = {
  client: 'x-stack-publishable-client-key',
  server: 'x-stack-secret-server-key',
  admin: 'x-stack-super-secret-admin-key',
};

/**
 * Stack's headers that carry no secret, shown in errors (the keys and tokens stay masked).
 * The response ones must be readable by the error mapper (research §1: Stack exposes
 * `x-stack-actual-status` and `x-stack-known-error`).
 */
export const STACK_SAFE_HEADERS: readonly string[] = [
  'x-stack-access-type',
  'x-stack-project-id',
  'x-stack-branch-id',
  'x-stack-client-version',
  'x-stack-allow-anonymous-user',
  'x-stack-allow-restricted-user',
  'x-stack-request-id',
  'x-stack-known-error',
  'x-stack-actual-status',
];

/**
 * Builds a pure header builder (research §1): `x-stack-access-type`, `x-stack-project-id`,
 * only the key of that access type, `x-stack-access-token` for a user, and
 * `x-stack-client-version`. Never the legacy `x-stack-request-type` (renamed in 2024; the
 * backend no longer reads it), nor `x-stack-override-error-status` (research §7: backends
 * want real statuses).
 *
 * @example
 * ```ts
 * const headers = stackHeaders({ allowAnonymous: false });
 * headers({ accessType: 'server', projectId, key: Secret.from(ssk) }, request);
 * ```
 */
export function stackHeaders(userTypes: StackUserTypeOptions = {}): HeaderBuilder<StackCredential> {
  const allow: Record<string, string> = {
    ...(userTypes.allowAnonymous === true ? { 'x-stack-allow-anonymous-user': 'true' } : {}),
    ...(userTypes.allowRestricted === true ? { 'x-stack-allow-restricted-user': 'true' } : {}),
  };
  return (credential) => ({
    'x-stack-access-type': credential.accessType,
    'x-stack-project-id': credential.projectId,
    'x-stack-client-version': STACK_CLIENT_VERSION,
    ...(credential.key === undefined
      ? {}
      : { [KEY_HEADER[credential.accessType]]: credential.key.reveal() }),
    ...(credential.accessToken === undefined
      ? {}
      : { 'x-stack-access-token': credential.accessToken.reveal() }),
    ...allow,
  });
}
