// District wall-clock times, session tokens and password hashes: pure functions, no services.
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../shared/accounts/password-hash.js';
import { signToken, verifyToken } from '../../shared/accounts/session-token.js';
import { normalizeAccessCode } from '../../shared/survey-admin/access-code-format.js';
import { formatDistrictTime, parseDistrictTime } from '../../shared/kernel/zoned-time.js';

describe('district time', () => {
  it('Should read a wall-clock time in the district zone, across a daylight-saving change too', () => {
    expect(parseDistrictTime('2026-04-01T09:00', 'Asia/Shanghai')?.toISOString()).toBe('2026-04-01T01:00:00.000Z');
    expect(parseDistrictTime('2026-07-01 09:30', 'Europe/Berlin')?.toISOString()).toBe('2026-07-01T07:30:00.000Z');
    expect(parseDistrictTime('2026-01-01T09:30', 'Europe/Berlin')?.toISOString()).toBe('2026-01-01T08:30:00.000Z');
    expect(parseDistrictTime('2026-04-01T09:00:00+08:00', 'Europe/Berlin')?.toISOString()).toBe('2026-04-01T01:00:00.000Z');
  });

  it('Should refuse what is not a time, and show an instant as a datetime-local value', () => {
    expect(parseDistrictTime('2026-02-30T09:00', 'Asia/Shanghai')).toBeUndefined();
    expect(parseDistrictTime('tomorrow', 'Asia/Shanghai')).toBeUndefined();
    expect(formatDistrictTime('2026-04-01T01:00:00.000Z', 'Asia/Shanghai')).toBe('2026-04-01T09:00');
  });
});

describe('session tokens', () => {
  const secret = Buffer.alloc(32, 7);
  const now = new Date('2026-03-01T00:00:00Z');

  it('Should verify its own token until it expires', () => {
    const token = signToken({ sid: 'abc', exp: now.getTime() / 1000 + 60 }, secret);
    expect(verifyToken(token, secret, now)).toEqual({ sid: 'abc', exp: now.getTime() / 1000 + 60 });
    expect(verifyToken(token, secret, new Date(now.getTime() + 60_000))).toBeUndefined();
  });

  it('Should refuse another key, a changed payload and garbage', () => {
    const token = signToken({ sid: 'abc', exp: now.getTime() / 1000 + 60 }, secret);
    expect(verifyToken(token, Buffer.alloc(32, 8), now)).toBeUndefined();
    const [, signature] = token.split('.');
    const payload = Buffer.from(JSON.stringify({ sid: 'admin', exp: 9e9 })).toString('base64url');
    expect(verifyToken(`${payload}.${signature}`, secret, now)).toBeUndefined();
    expect(verifyToken('not a token', secret, now)).toBeUndefined();
  });
});

describe('passwords and codes', () => {
  it('Should hash with a fresh salt each time and verify only the right password', async () => {
    const [a, b] = [await hashPassword('correct horse'), await hashPassword('correct horse')];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('correct horse', a)).toBe(true);
    expect(await verifyPassword('wrong horse', a)).toBe(false);
  });

  it('Should read access codes typed in groups and in lower case', () => {
    expect(normalizeAccessCode(' ab2c-d3ef ')).toBe('AB2CD3EF');
    expect(normalizeAccessCode('x')).toBeUndefined();
    expect(normalizeAccessCode('ÄÖÜ12345')).toBeUndefined();
  });
});
