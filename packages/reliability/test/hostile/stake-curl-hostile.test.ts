import {
  extractAccessTokenFromCurl,
  extractSessionFromCurl,
  parseCurl,
  Secret,
  StakeAuth,
} from '@acme/stake-client';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectTyped, junk, junkString } from '../support-leaks/settle.js';

// Pieces of "Copy as cURL" output from every shell, shuffled into broken commands.
const curlPiece = fc.oneof(
  fc.constantFrom(
    'curl',
    'curl.exe',
    'Invoke-WebRequest',
    '$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession',
    "'https://stake.com/_api/graphql'",
    '^"https://stake.com/_api/graphql^"',
    '-H',
    '--header',
    '-b',
    '--cookie',
    '-A',
    '--data-raw',
    '-Headers @{',
    '}',
    ' \\\n  ',
    ' ^\n  ',
    ' `\n  ',
    "'x-access-token: ",
    '"x-access-token: ',
    '^"x-access-token: ',
    "'cookie: session=",
    'cf_clearance=',
    '; ',
    "'",
    '"',
    '^"',
    '""',
    "$'",
    '\\',
    '^',
    '`',
    ' ',
    '\n',
    '\r\n',
    '=',
  ),
  fc.stringMatching(/^[0-9a-f]{96}$/),
  fc.string({ maxLength: 12 }),
);
const curlCommand = fc.array(curlPiece, { minLength: 1, maxLength: 30 }).map((p) => p.join(''));

describe('parseCurl and the extractors on junk', () => {
  it('a parsed result of Secrets, or a ConfigurationError (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(curlCommand, junkString, junk), async (command) => {
        const settled = await expectTyped(() => parseCurl(command as string));
        if (settled.kind === 'ok') {
          const parsed = settled.value as Record<string, unknown>;
          for (const key of ['accessToken', 'sessionCookie', 'cfClearance', 'cfBm'] as const) {
            if (parsed[key] !== undefined) expect(Secret.isSecret(parsed[key])).toBe(true);
          }
        }
        await expectTyped(() => extractAccessTokenFromCurl(command as string));
        await expectTyped(() => extractSessionFromCurl(command as string));
        await expectTyped(() => StakeAuth.fromCurl(command as string));
      }),
      { numRuns: 2_000 },
    );
  }, 60_000);
});
