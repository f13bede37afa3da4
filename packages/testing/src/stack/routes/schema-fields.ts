import { z } from 'zod';

/** Research §4: ids are UUIDs; `user_id` also accepts `me` (`userIdOrMeSchema`). */
export const uuid = z.uuid();
export const userIdOrMe = z.union([z.literal('me'), z.uuid()]);
/** Query booleans arrive as the strings `true` and `false`. */
export const queryBoolean = z.enum(['true', 'false']).transform((value) => value === 'true');
export const metadata = z.record(z.string(), z.unknown()).nullable();
export const email = z.email();

/** `{}`-only bodies (research §7: POST with no payload sends `{}`). */
export const emptyBody = z.strictObject({});

export const userIdParams = z.strictObject({ user_id: userIdOrMe });
export const teamIdParams = z.strictObject({ team_id: uuid });
