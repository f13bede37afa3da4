import { lazySchema } from '@core/auth/zod';
import * as z from 'zod/mini';
import { flag, nullableString } from './common.js';

/** A project as `GET /projects/current` returns it (research §4), camelCased. */
export interface StackProject {
  id: string;
  displayName: string | null;
  config: {
    signUpEnabled: boolean;
    credentialEnabled: boolean;
    magicLinkEnabled: boolean;
    passkeyEnabled: boolean;
    clientTeamCreationEnabled: boolean;
    clientUserDeletionEnabled: boolean;
    allowUserApiKeys: boolean;
    allowTeamApiKeys: boolean;
    enabledOAuthProviders: Array<{ id: string }>;
    domains: Array<{ domain: string; handlerPath: string | null }>;
  };
}

export const projectSchema = lazySchema(() =>
  z.pipe(
    z.object({
      id: z.string(),
      display_name: nullableString(),
      config: z.nullish(
        z.object({
          sign_up_enabled: flag(),
          credential_enabled: flag(),
          magic_link_enabled: flag(),
          passkey_enabled: flag(),
          client_team_creation_enabled: flag(),
          client_user_deletion_enabled: flag(),
          allow_user_api_keys: flag(),
          allow_team_api_keys: flag(),
          enabled_oauth_providers: z.nullish(z.array(z.object({ id: z.string() }))),
          domains: z.nullish(
            z.array(z.object({ domain: z.string(), handler_path: nullableString() })),
          ),
        }),
      ),
    }),
    z.transform(
      (p): StackProject => ({
        id: p.id,
        displayName: p.display_name,
        config: {
          signUpEnabled: p.config?.sign_up_enabled ?? false,
          credentialEnabled: p.config?.credential_enabled ?? false,
          magicLinkEnabled: p.config?.magic_link_enabled ?? false,
          passkeyEnabled: p.config?.passkey_enabled ?? false,
          clientTeamCreationEnabled: p.config?.client_team_creation_enabled ?? false,
          clientUserDeletionEnabled: p.config?.client_user_deletion_enabled ?? false,
          allowUserApiKeys: p.config?.allow_user_api_keys ?? false,
          allowTeamApiKeys: p.config?.allow_team_api_keys ?? false,
          enabledOAuthProviders: p.config?.enabled_oauth_providers ?? [],
          domains: (p.config?.domains ?? []).map((d) => ({
            domain: d.domain,
            handlerPath: d.handler_path,
          })),
        },
      }),
    ),
  ),
);
