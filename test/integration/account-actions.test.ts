// Accounts after they exist, on DynamoDB Local through the organizer app: own password, an admin's
// reset, disable and enable, sign-out everywhere; a session that should have ended answers 401 at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../shared/accounts/create-account.js';
import { ADMIN, ORIGIN, organizerFixture, type Fixture } from './organizer-fixture.js';

let f: Fixture;
let admin: string;
beforeAll(async () => {
  f = await organizerFixture();
  admin = await f.login(ADMIN);
});
afterAll(() => f.table.drop());

let n = 0;
async function person(role: 'organizer' | 'viewer' = 'organizer') {
  const account = { email: `person${++n}@district.cn`, password: `password-${n}-long-enough` };
  await createAccount({ accounts: f.table.store.accounts, clock: f.clock }, { ...account, role });
  return account;
}
const me = (token: string) => f.api('GET', '/api/me', { token });

describe('accounts', () => {
  it('Should change your own password with the old one, end every other session and keep this one going', async () => {
    const p = await person();
    const [laptop, phone] = [await f.login(p), await f.login(p)];
    const wrong = await f.api('POST', '/api/me/password', { token: laptop, body: { oldPassword: 'not-it-at-all', newPassword: 'a-new-password-1' } });
    expect(wrong.status).toBe(422);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('wrong_password');
    expect((await f.api('POST', '/api/me/password', { token: laptop, body: { oldPassword: p.password, newPassword: 'short' } })).status).toBe(400);
    expect((await me(phone)).status).toBe(200);

    const changed = await f.api('POST', '/api/me/password', { token: laptop, body: { oldPassword: p.password, newPassword: 'a-new-password-1' } });
    expect(changed.status).toBe(200);
    const { token: fresh } = (await changed.json()) as { token: string };
    expect(changed.headers.get('set-cookie')).toContain('diancai_session=');
    expect([(await me(laptop)).status, (await me(phone)).status, (await me(fresh)).status]).toEqual([401, 401, 200]);
    await expect(f.login(p)).rejects.toThrow();
    expect((await me(await f.login({ email: p.email, password: 'a-new-password-1' }))).status).toBe(200);
  });

  it('Should let an admin reset a password (shown once) and end the account’s sessions', async () => {
    const p = await person();
    const before = await f.login(p);
    const res = await f.api('POST', `/api/accounts/${encodeURIComponent(p.email)}/reset-password`, { token: admin });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { password } = (await res.json()) as { password: string };
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect((await me(before)).status).toBe(401);
    expect((await me(await f.login({ email: p.email, password }))).status).toBe(200);
    expect((await f.api('POST', '/api/accounts/nobody%40district.cn/reset-password', { token: admin })).status).toBe(404);
    expect((await f.api('POST', `/api/accounts/${encodeURIComponent(p.email)}/reset-password`, { token: before })).status).toBe(401);
  });

  it('Should end a disabled account’s sessions at once, refuse its sign-in, and let it in again once enabled', async () => {
    const p = await person();
    const token = await f.login(p);
    expect((await f.api('POST', `/api/accounts/${encodeURIComponent(p.email)}/disable`, { token: admin })).status).toBe(200);
    expect((await me(token)).status).toBe(401);
    expect((await f.api('GET', '/api/surveys', { token })).status).toBe(401);
    const refused = await f.api('POST', '/api/auth/login', { body: p });
    expect(refused.status).toBe(401);
    expect(((await f.api('GET', '/api/accounts', { token: admin }).then((r) => r.json())) as { accounts: { email: string; disabled?: boolean }[] }).accounts.find((a) => a.email === p.email)).toMatchObject({ disabled: true });
    expect((await f.api('POST', `/api/accounts/${encodeURIComponent(p.email)}/enable`, { token: admin })).status).toBe(200);
    expect((await me(token)).status).toBe(401);
    expect((await me(await f.login(p))).status).toBe(200);
    // An admin cannot lock themselves out.
    expect((await f.api('POST', `/api/accounts/${encodeURIComponent(ADMIN.email)}/disable`, { token: admin })).status).toBe(409);
  });

  it('Should sign out everywhere: every session of the account ends, other accounts keep theirs', async () => {
    const p = await person();
    const other = await person();
    const [a, b, c] = [await f.login(p), await f.login(p), await f.login(other)];
    expect((await f.api('POST', '/api/auth/logout-everywhere', { token: a })).status).toBe(204);
    expect([(await me(a)).status, (await me(b)).status, (await me(c)).status]).toEqual([401, 401, 200]);
  });

  it('Should let a viewer read surveys and reports but change nothing', async () => {
    const v = await person('viewer');
    const token = await f.login(v);
    expect((await f.api('GET', '/api/surveys', { token })).status).toBe(200);
    expect((await f.api('POST', '/api/surveys', { token, body: { template: 'blank' } })).status).toBe(403);
    expect((await me(token)).json()).resolves.toMatchObject({ role: 'viewer' });
  });

  it('Should change a password and reset another’s from the dashboard pages', async () => {
    const p = await person();
    const token = await f.login(p);
    const form = (path: string, body: string, t = token) =>
      f.app.request(`${ORIGIN}${path}`, { method: 'POST', headers: { authorization: `Bearer ${t}`, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }, body });
    const wrong = await form('/admin/account/password', `oldPassword=nope&newPassword=another-password-1`);
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain('当前密码不正确');
    const ok = await form('/admin/account/password', `oldPassword=${encodeURIComponent(p.password)}&newPassword=another-password-1`);
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/admin/account?changed=1');
    const reset = await form(`/admin/accounts/${encodeURIComponent(p.email)}/reset-password`, 'confirmed=1', admin);
    expect(reset.status).toBe(200);
    const html = await reset.text();
    const password = /<code class="password">([^<]+)<\/code>/.exec(html)?.[1];
    expect(password).toBeDefined();
    expect((await me(await f.login({ email: p.email, password: password! }))).status).toBe(200);
  });
});
