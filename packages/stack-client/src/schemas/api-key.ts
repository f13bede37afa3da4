import { Secret } from '@core/auth';
import { z } from 'zod';
import { flag, millisDate, nullableMillisDate, nullableString } from './common.js';

/** A user or team API key (research §4). */
export interface StackApiKey {
  id: string;
  /** Set for a user key. */
  userId: string | null;
  /** Set for a team key. */
  teamId: string | null;
  description: string | null;
  isPublic: boolean;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  /** The last four characters; every read after creation shows only these. */
  lastFour: string | null;
}

/** A key just created: `value` is shown this once (research §4), as a Secret. */
export interface StackNewApiKey extends StackApiKey {
  value: Secret;
}

const wireKey = z.object({
  id: z.string(),
  user_id: nullableString,
  team_id: nullableString,
  description: nullableString,
  is_public: flag,
  created_at_millis: millisDate,
  expires_at_millis: nullableMillisDate,
  manually_revoked_at_millis: nullableMillisDate,
  value: z.union([z.string(), z.object({ last_four: z.string() })]).nullish(),
});

function fromWire(k: z.output<typeof wireKey>): StackApiKey {
  return {
    id: k.id,
    userId: k.user_id,
    teamId: k.team_id,
    description: k.description,
    isPublic: k.is_public,
    createdAt: k.created_at_millis,
    expiresAt: k.expires_at_millis,
    revokedAt: k.manually_revoked_at_millis,
    lastFour: typeof k.value === 'string' ? k.value.slice(-4) : (k.value?.last_four ?? null),
  };
}

export const apiKeySchema = wireKey.transform(fromWire);

export const newApiKeySchema = wireKey
  .extend({ value: z.string().min(1) })
  .transform((k): StackNewApiKey => ({ ...fromWire(k), value: Secret.from(k.value) }));

const keyFields = {
  description: z.string(),
  /** Research §4: nullable but required; null means never. */
  expiresAt: z.date().nullable(),
  isPublic: z.boolean().optional(),
};

const toKeyWire = (k: {
  description: string;
  expiresAt: Date | null;
  isPublic?: boolean | undefined;
}) => ({
  description: k.description,
  expires_at_millis: k.expiresAt === null ? null : k.expiresAt.getTime(),
  ...(k.isPublic === undefined ? {} : { is_public: k.isPublic }),
});

/** `POST /user-api-keys` body. */
export const createUserApiKeyInput = z
  .strictObject({ userId: z.string().min(1), ...keyFields })
  .transform((k) => ({ user_id: k.userId, ...toKeyWire(k) }));
/** What {@link createUserApiKeyInput} accepts. */
export type CreateUserApiKeyInput = z.input<typeof createUserApiKeyInput>;

/** `POST /team-api-keys` body. */
export const createTeamApiKeyInput = z
  .strictObject({ teamId: z.string().min(1), ...keyFields })
  .transform((k) => ({ team_id: k.teamId, ...toKeyWire(k) }));
/** What {@link createTeamApiKeyInput} accepts. */
export type CreateTeamApiKeyInput = z.input<typeof createTeamApiKeyInput>;
