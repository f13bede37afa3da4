import { itemsOf, successSchema } from '../schemas/common.js';
import { permissionSchema, type StackPermission } from '../schemas/permission.js';
import { type CallOptions, callOptions, inputObject, type Requester, seg } from './call.js';

/** Filters of a permission list (research §4); `userId: 'me'` for a `withUser` client. */
export interface ListPermissionsInput {
  userId?: string;
  permissionId?: string;
  /** Include permissions implied by others. */
  recursive?: boolean;
}

/** Team and project permissions (research §4). */
export interface PermissionMethods {
  /**
   * `GET /team-permissions`.
   *
   * @example
   * ```ts
   * const perms = await server.listTeamPermissions({ teamId, userId, recursive: true });
   * ```
   */
  listTeamPermissions(
    input: ListPermissionsInput & { teamId?: string },
    options?: CallOptions,
  ): Promise<StackPermission[]>;
  /**
   * `POST /team-permissions/{team}/{user}/{permission}` with `{}`.
   *
   * @example
   * ```ts
   * await server.grantTeamPermission({ teamId, userId, permissionId: 'billing' });
   * ```
   */
  grantTeamPermission(
    input: { teamId: string; userId: string; permissionId: string },
    options?: CallOptions,
  ): Promise<StackPermission>;
  /**
   * `DELETE /team-permissions/{team}/{user}/{permission}`.
   *
   * @example
   * ```ts
   * await server.revokeTeamPermission({ teamId, userId, permissionId: 'billing' });
   * ```
   */
  revokeTeamPermission(
    input: { teamId: string; userId: string; permissionId: string },
    options?: CallOptions,
  ): Promise<void>;
  /**
   * `GET /project-permissions`.
   *
   * @example
   * ```ts
   * const perms = await server.listProjectPermissions({ userId });
   * ```
   */
  listProjectPermissions(
    input: ListPermissionsInput,
    options?: CallOptions,
  ): Promise<StackPermission[]>;
  /**
   * `POST /project-permissions/{user}/{permission}` with `{}`.
   *
   * @example
   * ```ts
   * await server.grantProjectPermission({ userId, permissionId: 'admin' });
   * ```
   */
  grantProjectPermission(
    input: { userId: string; permissionId: string },
    options?: CallOptions,
  ): Promise<StackPermission>;
  /**
   * `DELETE /project-permissions/{user}/{permission}`.
   *
   * @example
   * ```ts
   * await server.revokeProjectPermission({ userId, permissionId: 'admin' });
   * ```
   */
  revokeProjectPermission(
    input: { userId: string; permissionId: string },
    options?: CallOptions,
  ): Promise<void>;
}

const query = (input: ListPermissionsInput & { teamId?: string }) => ({
  team_id: input.teamId,
  user_id: input.userId,
  permission_id: input.permissionId,
  recursive: input.recursive,
});

// Every method is async, so a bad argument rejects the returned Promise, never throws.
export function permissionMethods(request: Requester): PermissionMethods {
  const list =
    (path: string, call: string) =>
    async (input: ListPermissionsInput & { teamId?: string }, options?: CallOptions) =>
      request({
        method: 'GET',
        path,
        searchParams: query(inputObject(input, call, '{ userId }')),
        schema: itemsOf(permissionSchema),
        ...callOptions(options),
      });
  const teamPath = (
    input: { teamId: string; userId: string; permissionId: string },
    call: string,
  ) => {
    const i = inputObject(input, call, '{ teamId, userId, permissionId }');
    return `/team-permissions/${seg(i.teamId, 'teamId')}/${seg(i.userId, 'userId')}/${seg(i.permissionId, 'permissionId')}`;
  };
  const projectPath = (input: { userId: string; permissionId: string }, call: string) => {
    const i = inputObject(input, call, '{ userId, permissionId }');
    return `/project-permissions/${seg(i.userId, 'userId')}/${seg(i.permissionId, 'permissionId')}`;
  };
  return {
    listTeamPermissions: list('/team-permissions', 'listTeamPermissions'),
    grantTeamPermission: async (input, options) =>
      request({
        method: 'POST',
        path: teamPath(input, 'grantTeamPermission'),
        json: {},
        schema: permissionSchema,
        ...callOptions(options),
      }),
    revokeTeamPermission: async (input, options) => {
      await request({
        method: 'DELETE',
        path: teamPath(input, 'revokeTeamPermission'),
        schema: successSchema,
        ...callOptions(options),
      });
    },
    listProjectPermissions: list('/project-permissions', 'listProjectPermissions'),
    grantProjectPermission: async (input, options) =>
      request({
        method: 'POST',
        path: projectPath(input, 'grantProjectPermission'),
        json: {},
        schema: permissionSchema,
        ...callOptions(options),
      }),
    revokeProjectPermission: async (input, options) => {
      await request({
        method: 'DELETE',
        path: projectPath(input, 'revokeProjectPermission'),
        schema: successSchema,
        ...callOptions(options),
      });
    },
  };
}
