import { type LoopbackServer, startLoopbackServer } from '@acme/testing';
import { createStackClient, createStackServerClient } from '../src/index.js';

// Obviously fake credentials, built at runtime (see the preamble's secret scan).
export const FAKE_PROJECT_ID = '00000000-0000-4000-8000-000000000000';
export const FAKE_PCK = `pck_fake_${'0'.repeat(40)}`;
export const FAKE_SSK = `ssk_fake_${'0'.repeat(40)}`;
export const FAKE_SAK = `sak_fake_${'0'.repeat(40)}`;

/** No retry waits in tests that script failures. */
export const FAST_RETRY = { limit: 2, baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 50 };

/** A plain loopback kit and a server client pointed at it. */
export async function scriptedServer(): Promise<{
  kit: LoopbackServer;
  server: ReturnType<typeof createStackServerClient>;
  client: ReturnType<typeof createStackClient>;
}> {
  const kit = await startLoopbackServer();
  const common = {
    projectId: FAKE_PROJECT_ID,
    baseUrl: kit.url,
    allowInsecureHttp: true,
    retry: FAST_RETRY,
  };
  return {
    kit,
    server: createStackServerClient({ ...common, secretServerKey: FAKE_SSK }),
    client: createStackClient({ ...common, publishableClientKey: FAKE_PCK }),
  };
}

/** A known error as the real server sends it (research §2: message in `error`). */
export function knownError(
  code: string,
  status: number,
  error: string,
  details?: unknown,
): { status: number; headers: Record<string, string>; json: unknown } {
  return {
    status,
    headers: { 'x-stack-known-error': code, 'x-stack-request-id': `req-${code.toLowerCase()}` },
    json: { code, ...(details === undefined ? {} : { details }), error },
  };
}

/** A minimal server user body (research §4). */
export function wireUser(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    primary_email: `${id}@example.test`,
    primary_email_verified: true,
    display_name: null,
    signed_up_at_millis: 1_700_000_000_000,
    client_metadata: null,
    server_metadata: { plan: 'free' },
    ...extra,
  };
}
