// Subpath imports: the jose index loads every algorithm family at import time.
import type * as ProtectedHeader from 'jose/decode/protected_header';
import type * as RemoteJwks from 'jose/jwks/remote';
import type * as JwtVerify from 'jose/jwt/verify';

/** The parts of jose that verifying a token needs. */
export interface Jose {
  readonly decodeProtectedHeader: typeof ProtectedHeader.decodeProtectedHeader;
  readonly createRemoteJWKSet: typeof RemoteJwks.createRemoteJWKSet;
  readonly customFetch: typeof RemoteJwks.customFetch;
  readonly jwtVerify: typeof JwtVerify.jwtVerify;
}

let loading: Promise<Jose> | undefined;
let loaded: Jose | undefined;

/**
 * jose, loaded on the first verification rather than when the package is imported (issue 7:
 * cold import time; most callers never verify a token).
 */
export function loadJose(): Jose | Promise<Jose> {
  if (loaded !== undefined) return loaded;
  loading ??= Promise.all([
    import('jose/decode/protected_header'),
    import('jose/jwks/remote'),
    import('jose/jwt/verify'),
  ]).then(([header, remote, verify]) => {
    loaded = {
      decodeProtectedHeader: header.decodeProtectedHeader,
      createRemoteJWKSet: remote.createRemoteJWKSet,
      customFetch: remote.customFetch,
      jwtVerify: verify.jwtVerify,
    };
    return loaded;
  });
  return loading;
}
