import { StakeAuth } from '../auth/stake-auth.js';
import type { StakeClientOptions } from './stake-client-options.js';

/** The client's StakeAuth: the one given, or one built from the options. */
export function toAuth(options: StakeClientOptions): StakeAuth {
  if (options.auth !== undefined) return options.auth;
  const { baseUrl, language, userAgent, lockdownToken, tokenFormat, clock } = options;
  const header = {
    ...(baseUrl === undefined ? {} : { baseUrl }),
    ...(language === undefined ? {} : { language }),
    ...(userAgent === undefined ? {} : { userAgent }),
    ...(lockdownToken === undefined ? {} : { lockdownToken }),
    ...(tokenFormat === undefined ? {} : { tokenFormat }),
    ...(clock === undefined ? {} : { clock }),
  };
  if (options.credentials !== undefined)
    return new StakeAuth({ ...header, credentials: options.credentials });
  const { accessToken, sessionCookie, cfClearance, cfBm, expiresIn } = options;
  return new StakeAuth({
    ...header,
    accessToken,
    ...(sessionCookie === undefined ? {} : { sessionCookie }),
    ...(cfClearance === undefined ? {} : { cfClearance }),
    ...(cfBm === undefined ? {} : { cfBm }),
    ...(expiresIn === undefined ? {} : { expiresIn }),
  });
}
