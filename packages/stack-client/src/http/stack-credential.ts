import type { Expiring, Secret } from '@core/auth';

/** Stack's three access types (research §1, `x-stack-access-type`). */
export type StackAccessType = 'client' | 'server' | 'admin';

/**
 * What a request carries: the project and access type, the key of that type (a client may
 * have none), and a user's access token for a user-scoped client.
 */
export interface StackCredential extends Expiring {
  readonly accessType: StackAccessType;
  readonly projectId: string;
  /** The key of `accessType`: publishable, secret server or super secret admin. */
  readonly key: Secret | undefined;
  /** The user's JWT, for `withUser` clients. */
  readonly accessToken?: Secret | undefined;
}

/** Whether the server should accept tokens of anonymous or restricted users (research §1). */
export interface StackUserTypeOptions {
  /** Sends `x-stack-allow-anonymous-user: true` (which also allows restricted users). @default false */
  allowAnonymous?: boolean;
  /** Sends `x-stack-allow-restricted-user: true`. @default false */
  allowRestricted?: boolean;
}
