import type { Route } from '../router/route.js';
import { apiKeyRoutes } from './api-keys.js';
import { contactChannelRoutes } from './contact-channels.js';
import { projectPermissionRoutes } from './project-permissions.js';
import { rootRoutes } from './root.js';
import { sessionRoutes } from './sessions.js';
import { teamMembershipRoutes } from './team-memberships.js';
import { teamPermissionRoutes } from './team-permissions.js';
import { teamRoutes } from './teams.js';
import { userRoutes } from './users.js';

/** Every endpoint of research §3 and §4 this server answers. */
export const STACK_ROUTES: readonly Route[] = [
  ...rootRoutes,
  ...userRoutes,
  ...teamRoutes,
  ...teamMembershipRoutes,
  ...teamPermissionRoutes,
  ...projectPermissionRoutes,
  ...sessionRoutes,
  ...contactChannelRoutes,
  ...apiKeyRoutes('user'),
  ...apiKeyRoutes('team'),
];
