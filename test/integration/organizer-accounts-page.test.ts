// The admins' accounts page: the list, the add-account form, the one-time generated password, the audit entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, ORGANIZER, ORIGIN, organizerFixture, type Fixture } from './organizer-fixture.js';

let f: Fixture;
let adminCookie: string;
beforeAll(async () => {
  f = await organizerFixture();
  adminCookie = `diancai_session=${await f.login(ADMIN)}`;
});
afterAll(() => f.table.drop());

const addAccount = (fields: Record<string, string>, cookie = adminCookie) =>
  f.app.request(`${ORIGIN}/admin/accounts`, {
    method: 'POST',
    headers: { cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });

describe('the accounts page', () => {
  it('Should list every account with its role and creation time, escaped', async () => {
    const response = await f.app.request(`${ORIGIN}/admin/accounts`, { headers: { cookie: adminCookie } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain(ADMIN.email);
    expect(html).toContain(ORGANIZER.email);
    expect(html).toContain('管理员');
    // Created at 2026-03-01T00:00Z: 08:00 in the district, the zone named in words.
    expect(html).toContain('2026-03-01 08:00');
    expect(html).toContain('（北京时间）');
    expect(html).toContain('href="/admin/accounts"');
  });

  it('Should add an account with a generated password, show it once, let it sign in and record it in the audit log', async () => {
    // Act
    const response = await addAccount({ email: ' New.Staff@District.cn ', role: 'organizer', password: '' });
    const html = await response.text();
    // Assess
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(html).toContain('账号 new.staff@district.cn 已创建。');
    const password = /<code class="password">([A-Za-z0-9_-]+)<\/code>/.exec(html)?.[1];
    expect(password).toHaveLength(16);
    await expect(f.login({ email: 'new.staff@district.cn', password: password! })).resolves.toBeTypeOf('string');
    expect(await (await f.app.request(`${ORIGIN}/admin/accounts`, { headers: { cookie: adminCookie } })).text()).not.toContain(password!);
    const { entries } = (await (await f.api('GET', '/api/audit', { headers: { cookie: adminCookie } })).json()) as { entries: { actor: string; action: string; target: string; details?: unknown }[] };
    expect(entries).toContainEqual(expect.objectContaining({ actor: ADMIN.email, action: 'account.create', target: 'new.staff@district.cn', details: { role: 'organizer' } }));
  });

  it('Should add an admin with a chosen password and not echo the password', async () => {
    const response = await addAccount({ email: 'second.admin@district.cn', role: 'admin', password: 'chosen-password-1' });
    const html = await response.text();
    expect(response.status).toBe(201);
    expect(html).not.toContain('chosen-password-1');
    expect(html).not.toContain('class="password"');
    await expect(f.login({ email: 'second.admin@district.cn', password: 'chosen-password-1' })).resolves.toBeTypeOf('string');
  });

  it('Should answer 422 listing every problem, keep what was typed (escaped), and 409 for a taken email', async () => {
    const bad = await addAccount({ email: '<script>x</script>', role: 'boss', password: 'short' });
    const html = await bad.text();
    expect(bad.status).toBe(422);
    expect(html).toContain('输入内容有问题');
    expect(html.match(/<li>/g)?.length).toBeGreaterThanOrEqual(3);
    expect(html).toContain('value="&lt;script&gt;x&lt;/script&gt;"');
    expect(html).not.toContain('<script>x');
    const taken = await addAccount({ email: ORGANIZER.email, role: 'organizer' });
    expect(taken.status).toBe(409);
    expect(await taken.text()).toContain('该编号已存在');
  });

  it('Should refuse an organizer with 403', async () => {
    const organizer = `diancai_session=${await f.login(ORGANIZER)}`;
    expect((await addAccount({ email: 'sneaky@district.cn', role: 'admin' }, organizer)).status).toBe(403);
    expect((await f.app.request(`${ORIGIN}/admin/accounts`, { headers: { cookie: organizer } })).status).toBe(403);
  });
});
