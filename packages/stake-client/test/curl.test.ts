import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  extractAccessTokenFromCurl,
  extractSessionFromCurl,
  parseCurl,
  StakeAuth,
} from '../src/index.js';

// The fixtures' fake token: it holds 00000000 so no secret scanner mistakes it for a real one.
const TOKEN = `00000000${'fa4e'.repeat(22)}`;
const CF = 'fake_cf.0000-1700000000-1.2.1.1-FAKE';
const CHROME_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/135.0.0.0 Safari/537.36';
const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const reveal = (parsed: ReturnType<typeof parseCurl>) => ({
  form: parsed.form,
  accessToken: parsed.accessToken?.reveal(),
  sessionCookie: parsed.sessionCookie?.reveal(),
  cfClearance: parsed.cfClearance?.reveal(),
  userAgent: parsed.userAgent,
  baseUrl: parsed.baseUrl,
});

describe('parseCurl on every browser and shell form', () => {
  it.each([
    ['chrome-bash.txt', 'bash', 'https://stake.com', CHROME_UA],
    [
      'firefox-bash.txt',
      'bash',
      'https://stake.com',
      'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
    ],
    [
      'safari-bash.txt',
      'bash',
      'https://stake.bet',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
    ],
    ['chrome-cmd.txt', 'cmd', 'https://stake.com', CHROME_UA],
    [
      'firefox-cmd.txt',
      'cmd',
      'https://stake.com',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0',
    ],
    ['powershell-curl.txt', 'powershell', 'https://stake.us', CHROME_UA],
    ['chrome-powershell.txt', 'invoke-webrequest', 'https://stake.com', CHROME_UA],
  ])('%s', (name, form, baseUrl, userAgent) => {
    expect(reveal(parseCurl(fixture(name)))).toEqual({
      form,
      accessToken: TOKEN,
      sessionCookie: TOKEN,
      cfClearance: CF,
      userAgent,
      baseUrl,
    });
  });

  it('reads the language and __cf_bm, and never the body', () => {
    const parsed = parseCurl(fixture('chrome-bash.txt'));
    expect(parsed.cfBm?.reveal()).toBe('fake_cf_bm_0000');
    expect(parseCurl(fixture('firefox-bash.txt')).language).toBe('de');
    for (const name of [
      'chrome-bash.txt',
      'chrome-cmd.txt',
      'firefox-cmd.txt',
      'powershell-curl.txt',
    ]) {
      expect(extractSessionFromCurl(fixture(name))?.reveal()).toBe(TOKEN);
    }
  });

  it('keeps __cf_bm from a copied command and sends it last (research §5)', async () => {
    const headers = await StakeAuth.fromCurl(fixture('chrome-bash.txt')).getAuthHeaders();
    expect(headers.cookie).toMatch(
      new RegExp(`^session=${TOKEN}(; cf_clearance=[^;]+)?; __cf_bm=fake_cf_bm_0000$`),
    );
  });

  it('builds a StakeAuth from a copied command', async () => {
    const auth = StakeAuth.fromCurl(fixture('chrome-cmd.txt'));
    const headers = await auth.getAuthHeaders();
    expect(headers['x-access-token']).toBe(TOKEN);
    expect(headers.cookie).toBe(`session=${TOKEN}; cf_clearance=${CF}`);
    expect(headers['user-agent']).toBe(CHROME_UA);
  });
});

// Every probe StakeAPI's regexes got wrong (research §1.6).
describe('the StakeAPI probes', () => {
  const token = (command: string) => extractAccessTokenFromCurl(command)?.reveal();
  const session = (command: string) => extractSessionFromCurl(command)?.reveal();

  it('reads -H, --header, any case, no space after the colon', () => {
    expect(token(`curl u -H 'x-access-token: abc'`)).toBe('abc');
    expect(token(`curl u -H "X-Access-Token:abc"`)).toBe('abc');
    expect(token(`curl u --header 'x-access-token: abc'`)).toBe('abc');
    expect(token(`curl u -H'x-access-token: abc'`)).toBe('abc');
  });

  it('reads the Windows caret form and bash $-quoting', () => {
    expect(token('curl ^"u^" -H ^"x-access-token: abc^"')).toBe('abc');
    expect(token(`curl u -H $'x-access-token: abc'`)).toBe('abc');
  });

  it('gives undefined for an empty header, not an empty string', () => {
    expect(token(`curl u -H "x-access-token: "`)).toBeUndefined();
  });

  it('keeps no trailing quote on the last cookie', () => {
    expect(session(`curl u -b 'a=1; session=abc'`)).toBe('abc');
    expect(session('curl ^"u^" -b ^"a=1; session=abc^"')).toBe('abc');
    expect(session(`curl u -b 'a=1; session=abc; b=2'`)).toBe('abc');
  });

  it('matches cookie names exactly', () => {
    expect(session(`curl u -b '__Host-session=evil; session=abc'`)).toBe('abc');
    expect(session(`curl u -b 'session_info=x; a=1'`)).toBeUndefined();
    expect(session(`curl u -H 'Cookie: __Host-session=evil'`)).toBeUndefined();
  });

  it('never reads the body or the URL', () => {
    expect(
      session(`curl 'https://stake.com/?session=url' --data-raw 'session=data' -b 'session=abc'`),
    ).toBe('abc');
    expect(
      session(`curl 'https://stake.com/?session=url' --data-raw 'session=data'`),
    ).toBeUndefined();
    expect(token(`curl u --data-raw '-H "x-access-token: fromdata"'`)).toBeUndefined();
  });

  it('ignores -b with a cookie file name', () => {
    expect(session(`curl u -b cookies.txt`)).toBeUndefined();
  });

  it('refuses a broken command without quoting it', () => {
    const error = (() => {
      try {
        parseCurl(`curl u -H 'x-access-token: secret-part`);
      } catch (e) {
        return e;
      }
    })();
    expect(ConfigurationError.is(error)).toBe(true);
    expect(String((error as Error).message)).not.toContain('secret-part');
    expect(() => parseCurl('  ')).toThrow(/empty/);
  });
});

describe('shell form detection', () => {
  it('reads a bash command as bash whatever its body and cookies say', () => {
    const command = [
      `curl 'https://stake.com/_api/graphql' \\`,
      `  -H 'x-access-token: ${TOKEN}' \\`,
      `  -b '_ga=GA1.1.iwr.5; session=${TOKEN}; theme=^"dark^"' \\`,
      `  --data-raw '{"query":"query Q { x }","variables":{"name":"irm","note":"say ^\\"hi^\\" \`"}}'`,
    ].join('\n');
    const parsed = parseCurl(command);
    expect(parsed.form).toBe('bash');
    expect(parsed.accessToken?.reveal()).toBe(TOKEN);
    expect(parsed.sessionCookie?.reveal()).toBe(TOKEN);
    const oneLine = `curl 'https://stake.com/_api/graphql' -H 'x-access-token: ${TOKEN}' --data-raw '{"variables":{"name":"irm"}}'`;
    expect(parseCurl(oneLine).form).toBe('bash');
    expect(extractAccessTokenFromCurl(oneLine)?.reveal()).toBe(TOKEN);
  });

  it('takes the form from the first word and the first line end', () => {
    const forms = Object.fromEntries(
      [
        'chrome-bash.txt',
        'chrome-cmd.txt',
        'chrome-powershell.txt',
        'firefox-bash.txt',
        'firefox-cmd.txt',
        'powershell-curl.txt',
        'safari-bash.txt',
      ].map((name) => [name, parseCurl(fixture(name)).form]),
    );
    expect(forms).toEqual({
      'chrome-bash.txt': 'bash',
      'chrome-cmd.txt': 'cmd',
      'chrome-powershell.txt': 'invoke-webrequest',
      'firefox-bash.txt': 'bash',
      'firefox-cmd.txt': 'cmd',
      'powershell-curl.txt': 'powershell',
      'safari-bash.txt': 'bash',
    });
    expect(
      parseCurl(`iwr -Uri "https://stake.com/_api/graphql" -Headers @{"x-access-token"="${TOKEN}"}`)
        .form,
    ).toBe('invoke-webrequest');
    expect(parseCurl(`curl ^"https://stake.com/^" -H ^"x-access-token: ${TOKEN}^"`).form).toBe(
      'cmd',
    );
  });
});
