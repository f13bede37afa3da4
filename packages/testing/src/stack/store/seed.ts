import { randomUUID } from 'node:crypto';
import type { StackUserInput } from '../stack-server-types.js';
import type { UserRecord } from './records.js';
import type { StackStore } from './stack-store.js';

/** Adds a user and its primary email channel, as `POST /users` with `primary_email` would. */
export function addUserWithEmail(
  store: StackStore,
  input: StackUserInput,
  signedUpAtMillis?: number,
): UserRecord {
  const user = store.addUser({
    displayName: input.displayName ?? null,
    isAnonymous: input.anonymous ?? false,
    restrictedByAdmin: input.restricted ?? false,
    restrictedByAdminReason: input.restricted === true ? 'Restricted by a test' : null,
    ...(signedUpAtMillis === undefined
      ? {}
      : { signedUpAtMillis, lastActiveAtMillis: signedUpAtMillis }),
  });
  if (input.email !== undefined) {
    store.addChannel({
      userId: user.id,
      value: input.email,
      type: 'email',
      usedForAuth: true,
      isVerified: true,
      isPrimary: true,
    });
  }
  return user;
}

/** Number of users seeded at start. */
export const SEEDED_USER_COUNT = 5;

/**
 * Five users (`user1@example.test` … `user5@example.test`, signed up a minute apart, oldest
 * first) and one team whose admin is user 1 and whose member is user 2; user 1 also holds
 * the project permission `admin`.
 */
export function seedStore(store: StackStore): { userIds: string[]; teamId: string } {
  const now = store.clock();
  const users = Array.from({ length: SEEDED_USER_COUNT }, (_, index) =>
    addUserWithEmail(
      store,
      { email: `user${index + 1}@example.test`, displayName: `Seeded User ${index + 1}` },
      now - (SEEDED_USER_COUNT - index) * 60_000,
    ),
  );
  const teamId = randomUUID();
  store.teams.set(teamId, {
    id: teamId,
    displayName: 'Seeded Team',
    profileImageUrl: null,
    clientMetadata: null,
    clientReadOnlyMetadata: null,
    serverMetadata: null,
    createdAtMillis: now,
  });
  const [first, second] = users;
  if (first !== undefined) {
    store.memberships.add(`${teamId}/${first.id}`);
    store.teamGrants.add(`${teamId}/${first.id}/team_admin`);
    store.projectGrants.add(`${first.id}/admin`);
    first.selectedTeamId = teamId;
  }
  if (second !== undefined) {
    store.memberships.add(`${teamId}/${second.id}`);
    store.teamGrants.add(`${teamId}/${second.id}/team_member`);
  }
  return { userIds: users.map((user) => user.id), teamId };
}
