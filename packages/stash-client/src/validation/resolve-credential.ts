import { ConfigurationError, describeSecret, describeValue, Secret } from '@core/auth';
import { isUsableBase64Key, MIN_KEY_BYTES } from '../auth/base64-key.js';
import type { StashCredential } from '../auth/stash-credential.js';
import { STASH_PROVIDER } from '../client/constants.js';
import type { StashAuthOptions } from '../client/stash-client-options.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function fail(option: string, message: string): never {
  throw new ConfigurationError(message, { option, provider: STASH_PROVIDER });
}

function toSecret(value: unknown, option: string, what: string): Secret {
  if (!Secret.isSecret(value) && (typeof value !== 'string' || value === '')) {
    fail(
      option,
      `${option} is missing or empty: pass the ${what} from Studio → Project Settings → API Secrets.`,
    );
  }
  const secret = Secret.from(value);
  const raw = secret.reveal();
  if (raw.trim() !== raw) {
    fail(
      option,
      `${option} (${describeSecret(raw)}) has leading or trailing whitespace: a paste artefact. Trim it.`,
    );
  }
  return secret;
}

/**
 * Checks the auth option before any I/O and turns it into the pipeline's credential.
 * Messages describe a bad secret by length and prefix only.
 */
export function resolveCredential(auth: StashAuthOptions | undefined): StashCredential {
  if (typeof auth !== 'object' || auth === null) {
    fail(
      'auth',
      'auth is required: pass { hmac: { shopId, secret } } (or the deprecated { apiKey }).',
    );
  }
  if (auth.apiKey !== undefined && auth.hmac !== undefined) {
    fail('auth', 'auth has both apiKey and hmac: pass one. Stash recommends hmac.');
  }
  if (auth.apiKey !== undefined) {
    return { scheme: 'apiKey', apiKey: toSecret(auth.apiKey, 'auth.apiKey', 'API key secret') };
  }
  const hmac = auth.hmac;
  if (typeof hmac !== 'object' || hmac === null) {
    fail('auth', 'auth needs apiKey or hmac: pass { hmac: { shopId, secret } }.');
  }
  const { shopId } = hmac;
  if (typeof shopId !== 'string' || !UUID.test(shopId)) {
    fail(
      'auth.hmac.shopId',
      `auth.hmac.shopId must be the shop UUID (Studio "App ID"), got ${typeof shopId === 'string' ? describeSecret(shopId) : typeof shopId} (a swapped secret must not be shown): copy it from Studio → Project Settings → API Secrets.`,
    );
  }
  const keyEncoding = hmac.keyEncoding ?? 'utf8';
  if (keyEncoding !== 'utf8' && keyEncoding !== 'base64') {
    fail(
      'auth.hmac.keyEncoding',
      `auth.hmac.keyEncoding must be "utf8" or "base64", got ${describeValue(keyEncoding)}.`,
    );
  }
  const secret = toSecret(hmac.secret, 'auth.hmac.secret', 'ingress API secret');
  if (keyEncoding === 'base64' && !isUsableBase64Key(secret.reveal())) {
    fail(
      'auth.hmac.secret',
      `auth.hmac.secret (${describeSecret(secret.reveal())}) is not a base64 key of at least ${MIN_KEY_BYTES} bytes, but keyEncoding is "base64": use keyEncoding "utf8" (the default) or check the secret.`,
    );
  }
  return { scheme: 'hmac', shopId: shopId.toLowerCase(), secret, keyEncoding };
}
