import type { UserRecord } from './records.js';

/**
 * Research §3 claims `is_restricted`/`restricted_reason`: anonymous users are restricted too
 * (anonymous implies restricted); an admin can restrict any user. This fake project does not
 * require email verification, so an unverified email alone does not restrict.
 */
export function restrictedReason(user: UserRecord): { type: string } | null {
  if (user.isAnonymous) return { type: 'anonymous' };
  if (user.restrictedByAdmin) return { type: 'restricted_by_administrator' };
  return null;
}
