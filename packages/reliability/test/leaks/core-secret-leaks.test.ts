import { inspect } from 'node:util';
import { ConfigurationError, mask, Redactor, SAFE_HEADERS, Secret } from '@core/auth';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorSurfaces, expectNoLeak } from '../support-leaks/leak-surfaces.js';
import { anySecret, LEAK_RUN, MIN_SECRET_LENGTH } from '../support-leaks/secret-arbitraries.js';

// Pure properties: cheap, so they carry the bulk of the generated cases.
const RUNS = 2_000;

describe('Secret never prints its value', () => {
  it('through String, templates, JSON, inspect, concatenation and its own getters', () => {
    fc.assert(
      fc.property(anySecret, (value) => {
        const secret = Secret.from(value);
        expect(secret.reveal()).toBe(value);
        expectNoLeak(
          {
            string: String(secret),
            template: `${secret}`,
            concat: `x${secret as unknown as string}`,
            json: JSON.stringify({ secret, list: [secret] }),
            inspect: inspect({ secret }, { depth: 10, showHidden: true }),
            masked: secret.masked,
            keys: JSON.stringify(Object.entries(secret)),
          },
          [value],
        );
      }),
      { ...LEAK_RUN, numRuns: RUNS },
    );
  });

  it('mask shows at most 12 characters, and none of a value under 16', () => {
    fc.assert(
      fc.property(anySecret, (value) => {
        const masked = mask(value);
        if (value.length < 16) expect(masked).toBe('****');
        else expect(masked).toBe(`${value.slice(0, 8)}…${value.slice(-4)}`);
        expectNoLeak({ masked }, [value]);
      }),
      { ...LEAK_RUN, numRuns: RUNS },
    );
  });
});

// Text around the secret, including the characters a naive regex or splitter trips on.
const noise = fc.string({ unit: fc.constantFrom(...'ab ="\\%&?;:/{}[]\n'), maxLength: 12 });

const cookieValue = anySecret.filter((s) => !s.includes(';'));

describe('Redactor masks every form of a known secret, wherever it sits', () => {
  it('in text: raw, JSON-escaped and URL-encoded, among other secrets', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(anySecret, { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(noise, fc.nat(), fc.constantFrom('raw', 'json', 'url')), {
          minLength: 1,
          maxLength: 6,
        }),
        (secrets, pieces) => {
          const redactor = new Redactor(secrets);
          const text = pieces
            .map(([before, which, form]) => {
              const s = secrets[which % secrets.length] ?? '';
              const shown =
                form === 'json'
                  ? JSON.stringify(s).slice(1, -1)
                  : form === 'url'
                    ? encodeURIComponent(s)
                    : s;
              return `${before}${shown}`;
            })
            .join('');
          expectNoLeak({ text: redactor.text(text) }, secrets);
        },
      ),
      { ...LEAK_RUN, numRuns: RUNS },
    );
  });

  it('in URLs: user info, query values and a known secret in the path', () => {
    fc.assert(
      fc.property(anySecret, anySecret, anySecret, (pathSecret, queryValue, password) => {
        const url = new URL('https://api.example.test/');
        url.pathname = `/keys/${encodeURIComponent(pathSecret)}`;
        url.searchParams.set('token', queryValue);
        url.username = 'user';
        url.password = encodeURIComponent(password);
        const redacted = new Redactor([pathSecret]).url(url);
        expectNoLeak({ url: redacted }, [pathSecret, queryValue, password]);
      }),
      { ...LEAK_RUN, numRuns: RUNS },
    );
  });

  it('in headers: every value off the safe list, and secrets echoed into safe ones', () => {
    fc.assert(
      // A cookie value holds no `;` (it would end the cookie; clients refuse one).
      fc.property(anySecret, cookieValue, (token, cookie) => {
        const sent = { 'x-access-token': token, cookie: `session=${cookie}; theme=dark` };
        const redactor = Redactor.forRequestHeaders(sent, SAFE_HEADERS);
        const echoed = redactor.headers({
          ...sent,
          'x-request-id': `req ${token} ${cookie}`,
          'content-type': `text/plain; echo=${encodeURIComponent(token)}`,
          'x-unknown': token,
        });
        expectNoLeak({ headers: JSON.stringify(echoed) }, [token, cookie]);
      }),
      { ...LEAK_RUN, numRuns: RUNS },
    );
  });
});

describe('a bad secret is refused without being quoted', () => {
  it('new Secret and Secret.from on every value: a Secret, or a ConfigurationError', () => {
    fc.assert(
      fc.property(fc.oneof(anySecret, fc.constant(''), fc.anything()), (value) => {
        try {
          expect(Secret.isSecret(Secret.from(value as string))).toBe(true);
        } catch (error) {
          expect(ConfigurationError.is(error)).toBe(true);
          if (typeof value === 'string' && value.length >= MIN_SECRET_LENGTH)
            expectNoLeak(errorSurfaces(error), [value]);
        }
      }),
      { ...LEAK_RUN, numRuns: 500 },
    );
  });
});
