import { z } from 'zod';
import type { UserRecord } from '../store/records.js';
import type { StackStore } from '../store/stack-store.js';
import { restrictedReason } from '../store/user-status.js';
import { queryBoolean, uuid } from './schema-fields.js';
import { userJson } from './serialize.js';

/** Research §4 `GET /users` query. */
export const listUsersQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).optional(),
  cursor: uuid.optional(),
  order_by: z.literal('signed_up_at').optional(),
  desc: queryBoolean.optional(),
  query: z.string().optional(),
  team_id: uuid.optional(),
  include_restricted: queryBoolean.optional(),
  include_anonymous: queryBoolean.optional(),
  only_anonymous: queryBoolean.optional(),
});

/**
 * Research §4 pagination: ordered by `signed_up_at` then id; the cursor is the id of the first
 * item of the next page (inclusive); no `limit` returns every match (this snapshot's rule).
 * Anonymous users are left out unless asked for; so are restricted ones (anonymous implies
 * restricted).
 */
export function listUsers(
  store: StackStore,
  query: z.output<typeof listUsersQuery>,
): Record<string, unknown> {
  const includeAnonymous = (query.include_anonymous ?? false) || (query.only_anonymous ?? false);
  const includeRestricted = (query.include_restricted ?? false) || includeAnonymous;
  const needle = query.query?.toLowerCase();
  const matches = (user: UserRecord): boolean => {
    if (query.only_anonymous === true && !user.isAnonymous) return false;
    if (!includeAnonymous && user.isAnonymous) return false;
    if (!includeRestricted && restrictedReason(user) !== null) return false;
    if (query.team_id !== undefined && !store.isMember(query.team_id, user.id)) return false;
    if (needle === undefined) return true;
    const haystack = [user.id, user.displayName ?? '', store.primaryChannel(user.id)?.value ?? ''];
    return haystack.some((text) => text.toLowerCase().includes(needle));
  };
  const sorted = [...store.users.values()]
    .filter(matches)
    .sort((a, b) => a.signedUpAtMillis - b.signedUpAtMillis || a.id.localeCompare(b.id));
  if (query.desc === true) sorted.reverse();
  const start =
    query.cursor === undefined ? 0 : sorted.findIndex((user) => user.id === query.cursor);
  const from = start === -1 ? sorted.length : start;
  const end = query.limit === undefined ? sorted.length : from + query.limit;
  return {
    items: sorted.slice(from, end).map((user) => userJson(store, user, 'server')),
    is_paginated: true,
    pagination: { next_cursor: sorted[end]?.id ?? null },
  };
}
