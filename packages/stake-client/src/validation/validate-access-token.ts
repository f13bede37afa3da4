import { ConfigurationError, describeSecret, Secret } from '@core/auth';
import { STAKE_PROVIDER } from '../config/defaults.js';

/** The observed token format: 96 hex characters (research §2.2). */
const STRICT_TOKEN = /^[0-9a-f]{96}$/i;
/** Lenient: 32–128 letters and digits, or a JWT (the legacy forum format, research §2.2). */
const LENIENT_TOKEN = /^(?:[0-9a-z]{32,128}|[\w-]+\.[\w-]+\.[\w-]*)$/i;
/** The observed length, shown in messages. */
export const STAKE_TOKEN_LENGTH = 96;

/**
 * How strictly to check a token: `'strict'` wants the 96 hex characters every captured token
 * has; `'lenient'` also takes 32–128 alphanumerics and JWT-shaped values, for formats nobody
 * has observed yet (settings-generated API keys, research §2.2).
 */
export type TokenFormat = 'strict' | 'lenient';

/** Options of {@link validateAccessToken}. */
export interface ValidateAccessTokenOptions {
  /** @default 'strict' */
  format?: TokenFormat;
  /** The option name used in the error. @default 'accessToken' */
  option?: string;
}

/**
 * Checks a Stake access token and returns it trimmed, or throws a `ConfigurationError` that
 * says what is wrong (a pasted `x-access-token:` prefix, inner whitespace, the wrong length)
 * by length and prefix only, never the value. Unlike StakeAPI's `validate_api_key`, whose
 * 32–64 range rejects every real token (research §1.7).
 *
 * @example
 * ```ts
 * const token = validateAccessToken(process.env.STAKE_ACCESS_TOKEN ?? '');
 * ```
 */
export function validateAccessToken(
  token: string | Secret,
  options: ValidateAccessTokenOptions = {},
): string {
  const option = options.option ?? 'accessToken';
  const fail = (why: string): never => {
    throw new ConfigurationError(`${option} ${why}`, { option, provider: STAKE_PROVIDER });
  };
  const raw = Secret.isSecret(token) ? token.reveal() : token;
  if (typeof raw !== 'string') return fail(`must be a string, got ${typeof raw}.`);
  const value = raw.trim();
  if (value === '')
    return fail('is empty: copy the x-access-token header of a request to /_api/graphql.');
  if (/^x-access-token\s*:/i.test(value)) {
    return fail(
      `still has the "x-access-token:" header name in front (${describeSecret(value)}): pass only the value after the colon.`,
    );
  }
  if (/\s/.test(value)) {
    return fail(
      `contains whitespace (${describeSecret(value)}): it was probably copied across a line break; copy it again as one line.`,
    );
  }
  const format = options.format ?? 'strict';
  if (format === 'lenient' ? LENIENT_TOKEN.test(value) : STRICT_TOKEN.test(value)) return value;
  if (format === 'strict' && value.length !== STAKE_TOKEN_LENGTH) {
    return fail(
      `has ${value.length} characters, expected ${STAKE_TOKEN_LENGTH} hex characters: copy the whole x-access-token value (or pass tokenFormat: 'lenient' for another token format).`,
    );
  }
  return fail(
    format === 'strict'
      ? `is not hexadecimal (${describeSecret(value)}): a Stake token is ${STAKE_TOKEN_LENGTH} characters 0-9 and a-f. Check you copied x-access-token, not another header.`
      : `is neither 32–128 letters and digits nor a JWT (${describeSecret(value)}): copy the x-access-token value.`,
  );
}

/**
 * The boolean twin of {@link validateAccessToken}.
 *
 * @example
 * ```ts
 * if (!isValidAccessToken(input)) console.warn('that does not look like a Stake token');
 * ```
 */
export function isValidAccessToken(
  token: string | Secret,
  options: ValidateAccessTokenOptions = {},
): boolean {
  try {
    validateAccessToken(token, options);
    return true;
  } catch {
    return false;
  }
}
