import { randomUUID } from 'node:crypto';
import { KnownError } from '../known-errors.js';
import type {
  ApiKeyRecord,
  ContactChannelRecord,
  SessionRecord,
  TeamRecord,
  UserRecord,
} from './records.js';

/** The fake project's data, held in memory; every lookup that can miss has a throwing twin. */
export class StackStore {
  readonly users = new Map<string, UserRecord>();
  readonly teams = new Map<string, TeamRecord>();
  readonly sessions = new Map<string, SessionRecord>();
  readonly channels = new Map<string, ContactChannelRecord>();
  readonly apiKeys = new Map<string, ApiKeyRecord>();
  /** `${teamId}/${userId}` */
  readonly memberships = new Set<string>();
  /** `${teamId}/${userId}/${permissionId}` */
  readonly teamGrants = new Set<string>();
  /** `${userId}/${permissionId}` */
  readonly projectGrants = new Set<string>();
  readonly clock: () => number;

  constructor(clock: () => number) {
    this.clock = clock;
  }

  addUser(fields: Partial<Omit<UserRecord, 'id'>> = {}): UserRecord {
    const now = this.clock();
    const user: UserRecord = {
      id: randomUUID(),
      displayName: null,
      profileImageUrl: null,
      signedUpAtMillis: now,
      lastActiveAtMillis: now,
      hasPassword: false,
      otpAuthEnabled: false,
      passkeyAuthEnabled: false,
      clientMetadata: null,
      clientReadOnlyMetadata: null,
      serverMetadata: null,
      selectedTeamId: null,
      isAnonymous: false,
      restrictedByAdmin: false,
      restrictedByAdminReason: null,
      ...fields,
    };
    this.users.set(user.id, user);
    return user;
  }

  user(id: string): UserRecord {
    const user = this.users.get(id);
    if (user === undefined) throw new KnownError('USER_NOT_FOUND');
    return user;
  }

  /** Deleting a user ends its sessions, memberships, grants, channels and API keys. */
  deleteUser(id: string): void {
    this.users.delete(id);
    for (const [key, session] of this.sessions)
      if (session.userId === id) this.sessions.delete(key);
    for (const [key, channel] of this.channels)
      if (channel.userId === id) this.channels.delete(key);
    for (const [key, apiKey] of this.apiKeys) {
      if (apiKey.type === 'user' && apiKey.ownerId === id) this.apiKeys.delete(key);
    }
    for (const key of this.memberships) if (key.endsWith(`/${id}`)) this.memberships.delete(key);
    for (const key of this.teamGrants) if (key.split('/')[1] === id) this.teamGrants.delete(key);
    for (const key of this.projectGrants)
      if (key.startsWith(`${id}/`)) this.projectGrants.delete(key);
  }

  team(id: string): TeamRecord {
    const team = this.teams.get(id);
    if (team === undefined) throw new KnownError('TEAM_NOT_FOUND', { team_id: id });
    return team;
  }

  deleteTeam(id: string): void {
    this.teams.delete(id);
    for (const key of this.memberships) if (key.startsWith(`${id}/`)) this.memberships.delete(key);
    for (const key of this.teamGrants) if (key.startsWith(`${id}/`)) this.teamGrants.delete(key);
    for (const [key, apiKey] of this.apiKeys) {
      if (apiKey.type === 'team' && apiKey.ownerId === id) this.apiKeys.delete(key);
    }
    for (const user of this.users.values()) {
      if (user.selectedTeamId === id) user.selectedTeamId = null;
    }
  }

  isMember(teamId: string, userId: string): boolean {
    return this.memberships.has(`${teamId}/${userId}`);
  }

  teamIdsOf(userId: string): string[] {
    return [...this.teams.keys()].filter((teamId) => this.isMember(teamId, userId));
  }

  removeMember(teamId: string, userId: string): void {
    this.memberships.delete(`${teamId}/${userId}`);
    for (const key of this.teamGrants) {
      if (key.startsWith(`${teamId}/${userId}/`)) this.teamGrants.delete(key);
    }
  }

  channelsOf(userId: string): ContactChannelRecord[] {
    return [...this.channels.values()].filter((channel) => channel.userId === userId);
  }

  primaryChannel(userId: string): ContactChannelRecord | undefined {
    return this.channelsOf(userId).find((channel) => channel.isPrimary);
  }

  /** Research §2: `USER_EMAIL_ALREADY_EXISTS` guards emails used for sign-in. */
  findAuthChannel(value: string, exceptUserId?: string): ContactChannelRecord | undefined {
    const wanted = value.toLowerCase();
    return [...this.channels.values()].find(
      (channel) =>
        channel.usedForAuth &&
        channel.value.toLowerCase() === wanted &&
        channel.userId !== exceptUserId,
    );
  }

  addChannel(fields: Omit<ContactChannelRecord, 'id'>): ContactChannelRecord {
    if (fields.isPrimary) {
      for (const other of this.channelsOf(fields.userId)) other.isPrimary = false;
    }
    const channel: ContactChannelRecord = { id: randomUUID(), ...fields };
    this.channels.set(channel.id, channel);
    return channel;
  }

  sessionByRefreshToken(refreshToken: string): SessionRecord | undefined {
    return [...this.sessions.values()].find((session) => session.refreshToken === refreshToken);
  }
}
