import { TeamNotFoundError } from '../errors/known/resource-errors.js';
import { itemsOf, parseInput, successSchema } from '../schemas/common.js';
import {
  type CreateTeamInput,
  createTeamInput,
  membershipSchema,
  type StackTeam,
  type StackTeamMembership,
  teamSchema,
  type UpdateTeamInput,
  updateTeamInput,
} from '../schemas/team.js';
import { type CallOptions, callOptions, inputObject, orNull, type Requester, seg } from './call.js';

/** Teams and memberships (research §4). */
export interface TeamMethods {
  /**
   * `GET /teams`: a user's teams (`userId`, `'me'` for a `withUser` client), or all teams.
   *
   * @example
   * ```ts
   * const teams = await server.listTeams({ userId });
   * ```
   */
  listTeams(input?: { userId?: string }, options?: CallOptions): Promise<StackTeam[]>;
  /**
   * `GET /teams/{id}`; null when the team does not exist (`TEAM_NOT_FOUND`).
   *
   * @example
   * ```ts
   * const team = await server.getTeam(teamId);
   * ```
   */
  getTeam(teamId: string, options?: CallOptions): Promise<StackTeam | null>;
  /**
   * `POST /teams`.
   *
   * @example
   * ```ts
   * const team = await server.createTeam({ displayName: 'Research', creatorUserId: userId });
   * ```
   */
  createTeam(input: CreateTeamInput, options?: CallOptions): Promise<StackTeam>;
  /**
   * `PATCH /teams/{id}`.
   *
   * @example
   * ```ts
   * await server.updateTeam(teamId, { displayName: 'R&D' });
   * ```
   */
  updateTeam(teamId: string, input: UpdateTeamInput, options?: CallOptions): Promise<StackTeam>;
  /**
   * `DELETE /teams/{id}`.
   *
   * @example
   * ```ts
   * await server.deleteTeam(teamId);
   * ```
   */
  deleteTeam(teamId: string, options?: CallOptions): Promise<void>;
  /**
   * `POST /team-memberships/{team}/{user}` with `{}` (research §4).
   *
   * @example
   * ```ts
   * await server.addTeamMember({ teamId, userId });
   * ```
   */
  addTeamMember(
    input: { teamId: string; userId: string },
    options?: CallOptions,
  ): Promise<StackTeamMembership>;
  /**
   * `DELETE /team-memberships/{team}/{user}`.
   *
   * @example
   * ```ts
   * await server.removeTeamMember({ teamId, userId });
   * ```
   */
  removeTeamMember(input: { teamId: string; userId: string }, options?: CallOptions): Promise<void>;
}

// Every method is async, so a bad argument rejects the returned Promise, never throws.
export function teamMethods(request: Requester): TeamMethods {
  return {
    listTeams: async (input, options) =>
      request({
        method: 'GET',
        path: '/teams',
        // No filter (undefined or null) lists every team.
        searchParams: { user_id: inputObject(input ?? {}, 'listTeams', '{ userId }').userId },
        schema: itemsOf(teamSchema),
        ...callOptions(options),
      }),
    getTeam: async (teamId, options) =>
      orNull(
        request({
          method: 'GET',
          path: `/teams/${seg(teamId, 'teamId')}`,
          schema: teamSchema,
          ...callOptions(options),
        }),
        TeamNotFoundError,
      ),
    createTeam: async (input, options) =>
      request({
        method: 'POST',
        path: '/teams',
        json: parseInput(createTeamInput, input, 'createTeam'),
        schema: teamSchema,
        ...callOptions(options),
      }),
    updateTeam: async (teamId, input, options) =>
      request({
        method: 'PATCH',
        path: `/teams/${seg(teamId, 'teamId')}`,
        json: parseInput(updateTeamInput, input, 'updateTeam'),
        schema: teamSchema,
        ...callOptions(options),
      }),
    deleteTeam: async (teamId, options) =>
      request({
        method: 'DELETE',
        path: `/teams/${seg(teamId, 'teamId')}`,
        schema: successSchema,
        ...callOptions(options),
      }),
    addTeamMember: async (input, options) => {
      const { teamId, userId } = inputObject(input, 'addTeamMember', '{ teamId, userId }');
      return request({
        method: 'POST',
        path: `/team-memberships/${seg(teamId, 'teamId')}/${seg(userId, 'userId')}`,
        json: {},
        schema: membershipSchema,
        ...callOptions(options),
      });
    },
    removeTeamMember: async (input, options) => {
      const { teamId, userId } = inputObject(input, 'removeTeamMember', '{ teamId, userId }');
      return request({
        method: 'DELETE',
        path: `/team-memberships/${seg(teamId, 'teamId')}/${seg(userId, 'userId')}`,
        schema: successSchema,
        ...callOptions(options),
      });
    },
  };
}
