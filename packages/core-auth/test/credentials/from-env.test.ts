import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { fromEnv } from '../../src/credentials/from-env.js';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { CredentialError } from '../../src/errors/credential-error.js';
import { Secret } from '../../src/secrets/secret.js';

// Unique names per test, so no test sees another's variables or the machine's own.
let counter = 0;
const used: string[] = [];
function varName(label: string): string {
  counter += 1;
  const name = `CORE_AUTH_TEST_${process.pid}_${counter}_${label}`;
  used.push(name);
  return name;
}

const dir = mkdtempSync(join(tmpdir(), 'core-auth-from-env-'));
function envFile(contents: string): string {
  counter += 1;
  const path = join(dir, `${counter}.env`);
  writeFileSync(path, contents);
  return path;
}

afterEach(() => {
  for (const name of used.splice(0)) delete process.env[name];
  vi.restoreAllMocks();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof Error)) throw new Error('expected a rejection');
  return error;
}

describe('fromEnv', () => {
  it('reads each field as a Secret and leaves a missing optional field out', async () => {
    const token = varName('TOKEN');
    const cookie = varName('COOKIE');
    process.env[token] = 'fake-access-token-0001';
    const provider = fromEnv({
      accessToken: token,
      sessionCookie: { name: cookie, optional: true },
    });
    const credential = await provider.getCredential();
    expect(Secret.isSecret(credential.accessToken)).toBe(true);
    expect(credential.accessToken.reveal()).toBe('fake-access-token-0001');
    expect('sessionCookie' in credential).toBe(false);

    process.env[cookie] = 'fake-session-cookie-0001';
    expect((await provider.getCredential()).sessionCookie?.reveal()).toBe(
      'fake-session-cookie-0001',
    );
  });

  it('trims values and counts an all-whitespace value as missing', async () => {
    const token = varName('TOKEN');
    process.env[token] = '  fake-token-with-spaces \n';
    const provider = fromEnv({ accessToken: token });
    expect((await provider.getCredential()).accessToken.reveal()).toBe('fake-token-with-spaces');
    process.env[token] = ' \t ';
    await expect(provider.getCredential()).rejects.toThrow(CredentialError);
  });

  it('names every missing variable, says how to set them, and shows no value', async () => {
    const present = varName('PRESENT');
    const missingA = varName('MISSING_A');
    const missingB = varName('MISSING_B');
    process.env[present] = 'fake-present-value-0001';
    process.env[missingB] = '';
    const error = await failure(fromEnv({ a: present, b: missingA, c: missingB }).getCredential());
    expect(CredentialError.is(error)).toBe(true);
    expect(error.message).toMatch(/^\[@core\/auth\] /);
    expect(error.message).toContain(missingA);
    expect(error.message).toContain(missingB);
    expect(error.message).not.toContain(present);
    expect(error.message).not.toContain('fake-present-value');
    expect(error.message).toMatch(/export /);
    expect(error.message).toMatch(/\.env.*git/);
  });

  it('returns the same object while the values are unchanged, and a new one on rotation', async () => {
    const token = varName('TOKEN');
    process.env[token] = 'fake-token-generation-1';
    const provider = fromEnv({ accessToken: token });
    const first = await provider.getCredential();
    expect(await provider.getCredential()).toBe(first);

    process.env[token] = 'fake-token-generation-2';
    const rotated = await provider.getCredential();
    expect(rotated).not.toBe(first);
    expect(rotated.accessToken.reveal()).toBe('fake-token-generation-2');
    expect(await provider.getCredential()).toBe(rotated);
  });

  it('treats an optional variable appearing as a change', async () => {
    const token = varName('TOKEN');
    const cookie = varName('COOKIE');
    process.env[token] = 'fake-token-0001';
    const provider = fromEnv({ token, cookie: { name: cookie, optional: true } });
    const first = await provider.getCredential();
    process.env[cookie] = 'fake-cookie-0001';
    expect(await provider.getCredential()).not.toBe(first);
  });

  describe('envFile', () => {
    it('loads variables from the file', async () => {
      const token = varName('TOKEN');
      const path = envFile(`# a comment\n${token}=fake-token-from-file\n`);
      const credential = await fromEnv({ accessToken: token }, { envFile: path }).getCredential();
      expect(credential.accessToken.reveal()).toBe('fake-token-from-file');
    });

    it('lets a variable already in process.env win over the file', async () => {
      const token = varName('TOKEN');
      const fromFileOnly = varName('FILE_ONLY');
      process.env[token] = 'fake-token-from-shell';
      const path = envFile(`${token}=fake-token-from-file\n${fromFileOnly}=fake-other-from-file\n`);
      const credential = await fromEnv(
        { accessToken: token, other: fromFileOnly },
        { envFile: path },
      ).getCredential();
      expect(credential.accessToken.reveal()).toBe('fake-token-from-shell');
      expect(credential.other.reveal()).toBe('fake-other-from-file');
    });

    it("pins Node's own rule: loadEnvFile never overwrites a set variable, even an empty one", () => {
      const set = varName('SET');
      const empty = varName('EMPTY');
      process.env[set] = 'from-shell';
      process.env[empty] = '';
      process.loadEnvFile(envFile(`${set}=from-file\n${empty}=from-file\n`));
      expect(process.env[set]).toBe('from-shell');
      expect(process.env[empty]).toBe('');
    });

    it('loads the file once, however many calls', async () => {
      const token = varName('TOKEN');
      const path = envFile(`${token}=fake-token-from-file\n`);
      const load = vi.spyOn(process, 'loadEnvFile');
      const provider = fromEnv({ accessToken: token }, { envFile: path });
      await provider.getCredential();
      await provider.getCredential();
      await provider.getCredential();
      expect(load).toHaveBeenCalledTimes(1);
    });

    it('fails with a CredentialError naming a missing file', async () => {
      const token = varName('TOKEN');
      process.env[token] = 'fake-token-0001';
      const path = join(dir, 'does-not-exist.env');
      const error = await failure(
        fromEnv({ accessToken: token }, { envFile: path }).getCredential(),
      );
      expect(CredentialError.is(error)).toBe(true);
      expect(error.message).toContain(path);
      expect(error.message).toContain('not found');
    });

    // Was a TypeError from path.resolve on the first getCredential.
    it.each([5, '', ' ', null, Object.create(null)])(
      'refuses envFile %o up front with a ConfigurationError',
      (bad) => {
        expect(() => fromEnv({ accessToken: 'TOKEN' }, { envFile: bad as never })).toThrow(
          ConfigurationError,
        );
        try {
          fromEnv({ accessToken: 'TOKEN' }, { envFile: bad as never });
        } catch (error) {
          expect((error as ConfigurationError).option).toBe('envFile');
          expect((error as ConfigurationError).message).toMatch(/envFile must be the path/);
        }
      },
    );

    it('takes null options as none', async () => {
      const token = varName('TOKEN');
      process.env[token] = 'fake-token-0002';
      const credential = await fromEnv({ accessToken: token }, null as never).getCredential();
      expect(credential.accessToken.reveal()).toBe('fake-token-0002');
    });

    it('mentions the file in the missing-variable message', async () => {
      const token = varName('TOKEN');
      const path = envFile('UNRELATED_CORE_AUTH_TEST=1\n');
      used.push('UNRELATED_CORE_AUTH_TEST');
      const error = await failure(
        fromEnv({ accessToken: token }, { envFile: path }).getCredential(),
      );
      expect(error.message).toContain(token);
      expect(error.message).toContain(path);
    });
  });

  describe('map validation', () => {
    it.each([
      ['an empty map', {}],
      ['an empty name', { accessToken: '' }],
      ['a name starting with a digit', { accessToken: '1TOKEN' }],
      ['a name with a dash', { accessToken: 'STAKE-TOKEN' }],
      ['a spec without a name', { accessToken: { optional: true } }],
      ['a number', { accessToken: 42 }],
    ])('refuses %s', (_, map) => {
      let caught: unknown;
      try {
        fromEnv(map as unknown as Parameters<typeof fromEnv>[0]);
      } catch (error) {
        caught = error;
      }
      expect(ConfigurationError.is(caught)).toBe(true);
      expect((caught as ConfigurationError).option).toBe('map');
    });

    it('does not echo a token pasted where a variable name belongs', () => {
      const pasted = '2775b505cccaee723e5c705d0c4ba295-fake.token';
      expect(() => fromEnv({ accessToken: pasted })).toThrow(/43 characters/);
      expect(() => fromEnv({ accessToken: pasted })).not.toThrow(/cccaee/);
    });
  });
});
