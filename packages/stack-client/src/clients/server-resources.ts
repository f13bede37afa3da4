import { teamApiKeyMethods, userApiKeyMethods } from '../resources/api-keys.js';
import type { Requester } from '../resources/call.js';
import { contactChannelMethods } from '../resources/contact-channels.js';
import { permissionMethods } from '../resources/permissions.js';
import { sessionMethods } from '../resources/sessions.js';
import { teamMethods } from '../resources/teams.js';
import { userMethods } from '../resources/users.js';
import type { StackServerResources } from './client-types.js';

/** Every server and admin resource group, over one request function. */
export function serverResources(request: Requester): StackServerResources {
  return {
    ...userMethods(request),
    ...teamMethods(request),
    ...permissionMethods(request),
    ...sessionMethods(request),
    ...contactChannelMethods(request),
    ...userApiKeyMethods(request),
    ...teamApiKeyMethods(request),
  };
}
