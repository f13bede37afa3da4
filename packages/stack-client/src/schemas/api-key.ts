import { Secret } from '@core/auth';
import { type LazyInput, lazySchema, lazyZod } from '@core/auth/zod';
import * as z from 'zod/mini';
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

const wireKey = lazyZod(() =>
  z.object({
    id: z.string(),
    user_id: nullableString(),
    team_id: nullableString(),
    description: nullableString(),
    is_public: flag(),
    created_at_millis: millisDate(),
    expires_at_millis: nullableMillisDate(),
    manually_revoked_at_millis: nullableMillisDate(),
    value: z.nullish(z.union([z.string(), z.object({ last_four: z.string() })])),
  }),
);

function fromWire(k: z.output<ReturnType<typeof wireKey>>): StackApiKey {
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

export const apiKeySchema = lazySchema(() => z.pipe(wireKey(), z.transform(fromWire)));

export const newApiKeySchema = lazySchema(() =>
  z.pipe(
    z.extend(wireKey(), { value: z.string().check(z.minLength(1)) }),
    z.transform((k): StackNewApiKey => ({ ...fromWire(k), value: Secret.from(k.value) })),
  ),
);

const keyFields = () => ({
  description: z.string(),
  /** Research §4: nullable but required; null means never. */
  expiresAt: z.nullable(z.date()),
  isPublic: z.optional(z.boolean()),
});

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
export const createUserApiKeyInput = lazySchema(() =>
  z.pipe(
    z.strictObject({ userId: z.string().check(z.minLength(1)), ...keyFields() }),
    z.transform((k) => ({ user_id: k.userId, ...toKeyWire(k) })),
  ),
);
/** What {@link createUserApiKeyInput} accepts. */
export type CreateUserApiKeyInput = LazyInput<typeof createUserApiKeyInput>;

/** `POST /team-api-keys` body. */
export const createTeamApiKeyInput = lazySchema(() =>
  z.pipe(
    z.strictObject({ teamId: z.string().check(z.minLength(1)), ...keyFields() }),
    z.transform((k) => ({ team_id: k.teamId, ...toKeyWire(k) })),
  ),
);
/** What {@link createTeamApiKeyInput} accepts. */
export type CreateTeamApiKeyInput = LazyInput<typeof createTeamApiKeyInput>;
