import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/index.js';

const KEY = 'ssk_fake_00000000000000000000000000001234';

describe('Redactor', () => {
  const redactor = Redactor.forRequestHeaders({
    'x-stack-secret-server-key': KEY,
    cookie:
      'session=cookie_fake_000000000000000000009999; cf_clearance=cf_fake_0000000000000000000077',
    'user-agent': 'acme/1.0',
  });

  it('masks secrets echoed raw, JSON-escaped or URL-encoded', () => {
    expect(redactor.text(`key=${KEY}`)).toBe('key=ssk_fake…1234');
    expect(redactor.text(encodeURIComponent(`?k=${KEY}`))).not.toContain(KEY);
  });

  it('masks each cookie value on its own', () => {
    const out = redactor.text(
      'you sent cookie_fake_000000000000000000009999 and cf_fake_0000000000000000000077',
    );
    expect(out).toBe('you sent cookie_f…9999 and cf_fake_…0077');
  });

  it('leaves safe headers readable and masks the rest', () => {
    const headers = redactor.headers(
      new Headers({ 'content-type': 'application/json', 'set-cookie': 'a=b', 'x-echo': KEY }),
    );
    expect(headers).toEqual({
      'content-type': 'application/json',
      'set-cookie': '****',
      'x-echo': 'ssk_fake…1234',
    });
  });

  it('drops user info and masks every query value in URLs', () => {
    expect(redactor.url(`https://user:pw@api.example.com/v1/x?key=${KEY}&limit=5#frag`)).toBe(
      'https://api.example.com/v1/x?key=ssk_fake…1234&limit=****',
    );
  });
});
