// Sign-in, sessions, lockout and CSRF for the organizer app, against DynamoDB Local.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../../shared/accounts/session-token.js';
import { ADMIN, ORGANIZER, ORIGIN, organizerFixture, type Fixture } from './organizer-fixture.js';

let f: Fixture;
beforeAll(async () => {
  f = await organizerFixture();
});
afterAll(() => f.table.drop());

const cookieOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

describe('organizer sign-in', () => {
  it('Should return a token and set an HttpOnly, SameSite=Strict cookie', async () => {
    // Act
    const response = await f.api('POST', '/api/auth/login', { body: { email: ' Admin@District.CN ', password: ADMIN.password } });
    // Assess
    expect(response.status).toBe(200);
    const body = (await response.json()) as { token: string; account: unknown };
    expect(body.token).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(body.account).toEqual({ email: ADMIN.email, role: 'admin' });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toContain('diancai_session=');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain('Secure');
  });

  it('Should mark the cookie Secure when the request came over HTTPS', async () => {
    const response = await f.app.request('https://dashboard.example.cn/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ORGANIZER),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toContain('Secure');
  });

  it('Should accept the token as Bearer and as the cookie', async () => {
    const token = await f.login(ORGANIZER);
    expect(await (await f.api('GET', '/api/me', { token })).json()).toMatchObject({ email: ORGANIZER.email, role: 'organizer' });
    const byCookie = await f.api('GET', '/api/me', { headers: { cookie: `diancai_session=${token}` } });
    expect(byCookie.status).toBe(200);
  });

  it('Should answer a wrong password and an unknown email with the same 401', async () => {
    const wrong = await f.api('POST', '/api/auth/login', { body: { email: ORGANIZER.email, password: 'not-the-password' } });
    const unknown = await f.api('POST', '/api/auth/login', { body: { email: 'nobody@district.cn', password: 'not-the-password' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it('Should take about the same time for an unknown email as for a wrong password', async () => {
    const time = async (email: string) => {
      const started = performance.now();
      await f.api('POST', '/api/auth/login', { body: { email, password: 'not-the-password' } });
      return performance.now() - started;
    };
    await time('warm-up@district.cn');
    const wrong: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      wrong.push(await time(ADMIN.email.replace('admin', `admin${i}`)));
      unknown.push(await time(`ghost${i}@district.cn`));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
    // Both run one scrypt check and one counted failure: within a factor of two of each other.
    expect(median(unknown) / median(wrong)).toBeGreaterThan(0.5);
    expect(median(unknown) / median(wrong)).toBeLessThan(2);
  });

  it('Should refuse a malformed body with 400 in the error shape', async () => {
    const response = await f.api('POST', '/api/auth/login', { body: '{"email":' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('malformed_body');
  });
});

describe('sessions', () => {
  it('Should refuse no token, a forged token and an expired one with 401', async () => {
    const token = await f.login(ORGANIZER);
    const [payload] = token.split('.');
    const forged = `${payload}.${Buffer.from('forged-signature-of-the-right-size!!').toString('base64url')}`;
    expect((await f.api('GET', '/api/surveys')).status).toBe(401);
    expect((await f.api('GET', '/api/surveys', { token: forged })).status).toBe(401);
    expect((await f.api('GET', '/api/surveys', { token: signToken({ sid: 'made-up', exp: 4_000_000_000 }, Buffer.alloc(32, 1)) })).status).toBe(401);
    f.clock.advance(9 * 60 * 60 * 1000);
    try {
      const expired = await f.api('GET', '/api/surveys', { token });
      expect(expired.status).toBe(401);
      expect(await expired.json()).toEqual({ error: { code: 'unauthenticated', message: '请先登录。' } });
    } finally {
      f.clock.advance(-9 * 60 * 60 * 1000);
    }
  });

  it('Should end the session at sign-out, so the same token no longer works', async () => {
    const token = await f.login(ORGANIZER);
    const out = await f.api('POST', '/api/auth/logout', { token });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/diancai_session=;.*Max-Age=0/);
    expect((await f.api('GET', '/api/me', { token })).status).toBe(401);
  });
});

describe('lockout', () => {
  it('Should lock an account for 15 minutes after 10 failures in 15 minutes, then let it in again', async () => {
    const email = 'locked@district.cn';
    await f.api('POST', '/api/accounts', { token: await f.login(ADMIN), body: { email, role: 'organizer', password: 'right-password-1' } });
    for (let i = 0; i < 10; i++) {
      f.clock.advance(60 * 1000);
      expect((await f.api('POST', '/api/auth/login', { body: { email, password: `wrong-${i}` } })).status).toBe(401);
    }
    const locked = await f.api('POST', '/api/auth/login', { body: { email, password: 'right-password-1' } });
    expect(locked.status).toBe(429);
    expect(((await locked.json()) as { error: { code: string } }).error.code).toBe('account_locked');
    expect(locked.headers.get('retry-after')).toBe('900');
    f.clock.advance(15 * 60 * 1000 + 1000);
    expect((await f.api('POST', '/api/auth/login', { body: { email, password: 'right-password-1' } })).status).toBe(200);
  });

  it('Should not lock when the failures are spread over more than 15 minutes', async () => {
    const email = 'slow@district.cn';
    await f.api('POST', '/api/accounts', { token: await f.login(ADMIN), body: { email, role: 'organizer', password: 'right-password-1' } });
    for (let i = 0; i < 12; i++) {
      f.clock.advance(2 * 60 * 1000);
      expect((await f.api('POST', '/api/auth/login', { body: { email, password: 'wrong' } })).status).toBe(401);
    }
    // 12 failures over 24 minutes, never 10 inside one 15-minute window.
    expect((await f.api('POST', '/api/auth/login', { body: { email, password: 'right-password-1' } })).status).toBe(200);
  });

  it('Should lock an unknown email exactly like a known one', async () => {
    for (let i = 0; i < 10; i++) await f.api('POST', '/api/auth/login', { body: { email: 'ghost@district.cn', password: 'x' } });
    expect((await f.api('POST', '/api/auth/login', { body: { email: 'ghost@district.cn', password: 'x' } })).status).toBe(429);
  });
});

describe('CSRF', () => {
  it('Should refuse a cookie-authenticated change without Origin or from another site', async () => {
    const token = await f.login(ORGANIZER);
    const cookie = `diancai_session=${token}`;
    const noOrigin = await f.api('POST', '/api/surveys', { headers: { cookie }, body: { template: 'blank' } });
    expect(noOrigin.status).toBe(403);
    expect(((await noOrigin.json()) as { error: { code: string } }).error.code).toBe('csrf_rejected');
    const crossSite = await f.api('POST', '/api/surveys', { headers: { cookie, origin: 'https://evil.example' }, body: { template: 'blank' } });
    expect(crossSite.status).toBe(403);
    const form = await f.app.request(`${ORIGIN}/admin/surveys`, {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'template=blank',
    });
    expect(form.status).toBe(403);
  });

  it('Should accept the same change from its own origin, and any Bearer call', async () => {
    const token = await f.login(ORGANIZER);
    const sameOrigin = await f.api('POST', '/api/surveys', { headers: { cookie: `diancai_session=${token}`, origin: ORIGIN }, body: { template: 'blank' } });
    expect(sameOrigin.status).toBe(201);
    const fetchSite = await f.api('POST', '/api/surveys', { headers: { cookie: `diancai_session=${token}`, 'sec-fetch-site': 'same-origin' }, body: { template: 'blank' } });
    expect(fetchSite.status).toBe(201);
    expect((await f.api('POST', '/api/surveys', { token, body: { template: 'blank' } })).status).toBe(201);
  });

  it('Should refuse a sign-in form posted from another site', async () => {
    const response = await f.app.request(`${ORIGIN}/admin/login`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(ADMIN).toString(),
    });
    expect(response.status).toBe(403);
  });

  it('Should sign in through the form and land on the dashboard', async () => {
    const response = await f.app.request(`${ORIGIN}/admin/login`, {
      method: 'POST',
      headers: { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...ADMIN, next: '/admin/catalogue' }).toString(),
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/admin/catalogue');
    const page = await f.app.request(`${ORIGIN}/admin/catalogue`, { headers: { cookie: cookieOf(response) } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('课题库');
  });
});

describe('CSRF with Origin: null', () => {
  it('Should decide by Sec-Fetch-Site when a no-referrer page sends Origin: null', async () => {
    const token = await f.login(ORGANIZER);
    const post = (site: string) =>
      f.api('POST', '/api/surveys', { headers: { cookie: `diancai_session=${token}`, origin: 'null', 'sec-fetch-site': site }, body: { template: 'blank' } });
    expect((await post('same-origin')).status).toBe(201);
    expect((await post('cross-site')).status).toBe(403);
    expect((await f.api('POST', '/api/surveys', { headers: { cookie: `diancai_session=${token}`, origin: 'null' }, body: { template: 'blank' } })).status).toBe(403);
  });
});
