import fc from 'fast-check';

/**
 * Shortest generated secret. Below 8 characters a random value turns up by chance in what
 * the checks read (stack frames, ports, `[@acme/...]` prefixes), so a hit would say nothing;
 * and the core masks anything under 16 characters whole (`****`), so short secrets only
 * exercise the same "masked whole" branch. 8 is also where `describeSecret` starts showing
 * a 4-character prefix, the most any message may show.
 */
export const MIN_SECRET_LENGTH = 8;
const MAX_SECRET_LENGTH = 96;
/**
 * At least this many different characters: `aaaaaaaa` or `00000000` could match a UUID.
 * Letters-only values are dropped too: fast-check favours words such as `constructor` and
 * `arguments`, which messages contain.
 */
const MIN_DISTINCT_CHARS = 5;

const chars = (alphabet: string) => fc.constantFrom(...alphabet);

const HEX = '0123456789abcdef';
const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const BASE64URL = `${ALNUM}-_`;
// Sendable in a header, but meaningful to a regex, a URL, JSON or a cookie.
const REGEX_META = '.*+?^$(){}|[]\\/';
const URL_SPECIAL = '%&=#?;,@:+ ';
const JSON_SPECIAL = '"\\\'<>`';

/** A string over `unit`, long enough and varied enough for a hit to mean a leak. */
function secretOver(unit: fc.Arbitrary<string>, minLength = MIN_SECRET_LENGTH) {
  return fc
    .string({ unit, minLength, maxLength: MAX_SECRET_LENGTH })
    .filter((s) => new Set(s).size >= MIN_DISTINCT_CHARS && !/^[A-Za-z_]+$/.test(s));
}

/** Tokens as real providers issue them: hex, alphanumerics, base64url, JWT-like. */
export const realisticSecret: fc.Arbitrary<string> = fc.oneof(
  secretOver(chars(HEX)),
  secretOver(chars(ALNUM)),
  secretOver(chars(BASE64URL)),
  fc
    .tuple(secretOver(chars(BASE64URL)), secretOver(chars(BASE64URL)))
    .map(([a, b]) => `eyJ${a}.${b}`),
);

/**
 * Values every header can carry (visible Latin-1, no line break) but that break naive
 * redaction: regex metacharacters, bytes URL-encoding changes, characters JSON escapes.
 */
export const nastySecret: fc.Arbitrary<string> = secretOver(
  fc.oneof(chars(ALNUM), chars(REGEX_META), chars(URL_SPECIAL), chars(JSON_SPECIAL)),
).filter((s) => s.trim() === s);

/** Beyond what a header can carry: control characters, line breaks, non-Latin-1. */
export const unsendableSecret: fc.Arbitrary<string> = fc
  .tuple(
    secretOver(chars(ALNUM)),
    fc.constantFrom('\n', '\r\n', '\0', '\u2028', 'é€', '🔑', '\t\n'),
    fc.nat(),
  )
  .map(([base, bad, at]) => {
    const i = at % (base.length + 1);
    return `${base.slice(0, i)}${bad}${base.slice(i)}`;
  });

/** Any secret a caller could pass: the realistic bulk plus the nasty and unsendable ones. */
export const anySecret: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: realisticSecret, weight: 3 },
  { arbitrary: nastySecret, weight: 3 },
  { arbitrary: unsendableSecret, weight: 1 },
);

/** A secret that starts with `prefix` (Stack's `ssk_`, `pck_`) and has no whitespace. */
export function prefixedSecret(prefix: string): fc.Arbitrary<string> {
  return fc
    .oneof(realisticSecret, nastySecret)
    .filter((s) => !/\s/.test(s))
    .map((s) => `${prefix}${s}`);
}

/**
 * fast-check settings for leak properties. No shrinking: a shrunk secret drifts toward
 * short, plain strings ("rguments"), which a message can contain by chance, so the first
 * failing case (random, hence no coincidence) is the one worth reading.
 */
export const LEAK_RUN = { endOnFailure: true } as const;

/**
 * Mostly secrets a client accepts (`accepted`), sometimes any secret: the bulk reaches the
 * network, the rest takes the ConfigurationError path, which must not quote them either.
 */
export function mostlyAccepted(accepted: RegExp): fc.Arbitrary<string> {
  return fc.oneof(
    {
      arbitrary: fc.oneof(realisticSecret, nastySecret).filter((s) => accepted.test(s)),
      weight: 5,
    },
    { arbitrary: anySecret, weight: 1 },
  );
}
