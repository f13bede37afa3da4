import { randomUUID } from 'node:crypto';
import { type CryptoKey, exportJWK, generateKeyPair, type JWK } from 'jose';

/** Research §3: one audience per user type, each with its own key. */
export type UserKind = 'normal' | 'restricted' | 'anonymous';

export interface SigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicJwk: JWK;
}

export type SigningKeys = Readonly<Record<UserKind, SigningKey>>;

async function createSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = randomUUID();
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
  return { kid, privateKey, publicJwk };
}

/**
 * Fresh ES256 keys for one server. The real server derives a key per audience from
 * `STACK_SERVER_SECRET` (research §3); separate keys make the JWKS `include_*` flags matter
 * here too: a verifier that asked for no anonymous keys cannot verify an anonymous token.
 */
export async function createSigningKeys(): Promise<SigningKeys> {
  const [normal, restricted, anonymous] = await Promise.all([
    createSigningKey(),
    createSigningKey(),
    createSigningKey(),
  ]);
  return { normal, restricted, anonymous };
}

/** Research §3: anonymous implies restricted. */
export function publishedJwks(
  keys: SigningKeys,
  include: { restricted: boolean; anonymous: boolean },
): { keys: JWK[] } {
  const published = [keys.normal.publicJwk];
  if (include.restricted || include.anonymous) published.push(keys.restricted.publicJwk);
  if (include.anonymous) published.push(keys.anonymous.publicJwk);
  return { keys: published };
}
