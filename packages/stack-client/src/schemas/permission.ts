import { lazySchema } from '@core/auth/zod';
import * as z from 'zod/mini';
import { nullableString } from './common.js';

/** A granted permission (research §4: items `{ id, user_id, team_id }`). */
export interface StackPermission {
  /** The permission id, e.g. `$read_members` or your own. */
  id: string;
  userId: string;
  /** Null for a project permission. */
  teamId: string | null;
}

export const permissionSchema = lazySchema(() =>
  z.pipe(
    z.object({ id: z.string(), user_id: z.string(), team_id: nullableString() }),
    z.transform((p): StackPermission => ({ id: p.id, userId: p.user_id, teamId: p.team_id })),
  ),
);
