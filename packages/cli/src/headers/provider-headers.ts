import { DEFAULT_STACK_BASE_URL, stackHeaders } from '@acme/stack-client';
import { stashSignatureHeader } from '@acme/stash-client';
import { CredentialError, Secret } from '@core/auth';
import type { EnvRead } from '../providers/env-read.js';
import type { ProviderName } from '../providers/provider-name.js';
import { readStackEnv } from '../providers/stack-env.js';
import { readStakeEnv } from '../providers/stake-env.js';
import { stakeAuthFromEnv } from '../providers/stake-from-env.js';
import { readStashEnv } from '../providers/stash-env.js';
import { keyEncodingOf } from '../providers/stash-from-env.js';
import { maskHeaders } from './mask-headers.js';

// @acme/stack-client does not export StackCredential; its header builder's parameter is it.
type StackCredential = Parameters<ReturnType<typeof stackHeaders>>[0];

/** The headers a provider's request would carry, masked, and what they are for. */
export interface HeadersReport {
  readonly provider: ProviderName;
  readonly headers: Record<string, string>;
  readonly note: string;
}

/**
 * Builds the headers with each client's own public builder (the code the client sends
 * with), then masks every secret in them.
 *
 * @example
 * ```ts
 * const { headers } = await providerHeaders('stake');
 * ```
 */
export async function providerHeaders(provider: ProviderName): Promise<HeadersReport> {
  switch (provider) {
    case 'stake': {
      const config = configOf(readStakeEnv(), 'stake');
      const headers = await stakeAuthFromEnv(config).getAuthHeaders();
      const secrets = [config.accessToken, config.sessionCookie, config.cfClearance];
      const note = 'every POST to /_api/graphql (StakeAuth.getAuthHeaders)';
      return { provider, headers: maskHeaders(headers, secrets), note };
    }
    case 'stack': {
      const config = configOf(readStackEnv(), 'stack');
      const credential: StackCredential = {
        accessType: config.key.accessType,
        projectId: config.projectId,
        key: Secret.from(config.key.value),
      };
      const headers = stackHeaders()(credential, {
        method: 'GET',
        url: new URL('/api/v1/projects/current', config.baseUrl ?? DEFAULT_STACK_BASE_URL),
        body: undefined,
      });
      const note = `every ${config.key.accessType} request to /api/v1 (stackHeaders)`;
      return { provider, headers: maskHeaders(headers, [config.key.value]), note };
    }
    case 'stash': {
      const { auth } = configOf(readStashEnv(), 'stash');
      if (auth.scheme === 'apiKey') {
        const headers = { 'X-Stash-Api-Key': auth.apiKey };
        return {
          provider,
          headers: maskHeaders(headers, [auth.apiKey]),
          note: 'every request (legacy API key)',
        };
      }
      const key = Buffer.from(
        auth.secret,
        keyEncodingOf(auth.keyEncoding) === 'base64' ? 'base64' : 'utf8',
      );
      const value = stashSignatureHeader({
        shopId: auth.shopId,
        key,
        timestampMs: Date.now(),
        body: '',
      });
      // The signature works for 5 minutes (research §2.2): masked like a secret.
      const signature = value.split(';').at(-1);
      const headers = { 'x-stash-hmac-signature': value };
      const note =
        'a GET signed now (the signature covers a timestamp and the exact body, so it changes per request)';
      return { provider, headers: maskHeaders(headers, [signature]), note };
    }
  }
}

function configOf<C>(read: EnvRead<C>, provider: ProviderName): C {
  if (read.ok) return read.config;
  throw new CredentialError(
    `no ${provider} credentials in the environment or .env: set ${read.missing.join(', ')}. Run acme-auth check ${provider} for details.`,
    { provider: '@acme/cli' },
  );
}
