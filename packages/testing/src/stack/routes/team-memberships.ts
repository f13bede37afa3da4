import { z } from 'zod';
import { KnownError } from '../known-errors.js';
import { CLIENT_OR_HIGHER, type Route, route, SERVER_OR_HIGHER } from '../router/route.js';
import { currentUser, resolveUserId } from './current-user.js';
import { emptyBody, userIdOrMe, uuid } from './schema-fields.js';
import { SUCCESS } from './serialize.js';
import { requireTeamPermission } from './teams.js';

const params = z.strictObject({ team_id: uuid, user_id: userIdOrMe });
const noQuery = z.strictObject({});

/** Research §4: `POST` (server) and `DELETE` (client+) `/team-memberships/{team_id}/{user_id}`. */
export const teamMembershipRoutes: readonly Route[] = [
  route(SERVER_OR_HIGHER, {
    method: 'POST',
    path: '/team-memberships/:team_id/:user_id',
    params,
    query: noQuery,
    body: emptyBody,
    handle: (ctx) => {
      const { store } = ctx.world;
      const team = store.team(ctx.params.team_id);
      const user = store.user(resolveUserId(ctx, ctx.params.user_id));
      if (store.isMember(team.id, user.id)) throw new KnownError('TEAM_MEMBERSHIP_ALREADY_EXISTS');
      store.memberships.add(`${team.id}/${user.id}`);
      // New members get the default member permission, as a new real project does.
      store.teamGrants.add(`${team.id}/${user.id}/team_member`);
      return { status: 201, json: { team_id: team.id, user_id: user.id } };
    },
  }),
  route(CLIENT_OR_HIGHER, {
    method: 'DELETE',
    path: '/team-memberships/:team_id/:user_id',
    params,
    query: noQuery,
    handle: (ctx) => {
      const { store } = ctx.world;
      const team = store.team(ctx.params.team_id);
      const userId = resolveUserId(ctx, ctx.params.user_id);
      // A client may leave a team itself; removing others needs $remove_members.
      if (ctx.auth.type === 'client' && userId !== currentUser(ctx).id) {
        requireTeamPermission(ctx, team.id, '$remove_members');
      }
      if (!store.isMember(team.id, userId)) {
        throw new KnownError('TEAM_MEMBERSHIP_NOT_FOUND', { team_id: team.id, user_id: userId });
      }
      store.removeMember(team.id, userId);
      return { json: SUCCESS };
    },
  }),
];
