import { createStackServerClient, type StackServerClient } from '@acme/stack-client';
import { StashClient } from '@acme/stash-client';
import type { LoopbackServer } from '@acme/testing';
import { FAKE_HMAC, FAKE_SSK, STACK_BASE } from './fake-credentials.js';

/** A Stack server client with fake keys, sending to `server`, never retrying. */
export function stackServerOn(server: LoopbackServer): StackServerClient {
  return createStackServerClient({ ...STACK_BASE, baseUrl: server.url, secretServerKey: FAKE_SSK });
}

/** A Stash client with fake HMAC auth, sending to `server`, never retrying. */
export function stashOn(server: LoopbackServer): StashClient {
  return new StashClient({
    baseUrl: server.url,
    allowInsecureHttp: true,
    auth: FAKE_HMAC,
    retry: 0,
  });
}
