// Accounts after they exist, over JSON and from the dashboard: own password, sign-out everywhere,
// and the admin's reset, disable and enable. Every one is audited.
import type { Context } from 'hono';
import * as v from 'valibot';
import { ChangePasswordSchema, EmailSchema } from '../../../shared/accounts/account-schema.js';
import { changeOwnPassword, resetPassword, setDisabled, setFronts, signOutEverywhere } from '../../../shared/accounts/manage-accounts.js';
import { InvalidInputError, RecordNotFoundError } from '../../../shared/errors.js';
import { onRefusal } from '../../http/refused-form.js';
import { renderPage } from '../../http/render.js';
import type { OrganizerEnv } from '../access-guard.js';
import type { OrganizerDeps } from '../deps.js';
import type { AccountsPageProps } from '../pages/accounts-page.js';
import { renderAccountsPage } from './account-pages.js';
import { href } from '../pages/dashboard-layout.js';
import { MyAccountPage } from '../pages/my-account-page.js';
import { audit, register, type OrganizerApp } from '../register-route.js';
import { clearSessionCookie, setSessionCookie } from '../session-cookie.js';
import { authDeps } from '../auth-deps.js';
import { formFields, pageContext } from '../page-context.js';
import { confirmationPage, isConfirmed } from '../confirm-first.js';

/** The :email in the path, as an account key: anything that is not an email names no account. */
function emailParam(c: Context): string {
  const parsed = v.safeParse(EmailSchema, c.req.param('email') ?? '');
  if (!parsed.success) throw new RecordNotFoundError('account', String(c.req.param('email')).slice(0, 64));
  return parsed.output;
}

export function accountActions(app: OrganizerApp, deps: OrganizerDeps): void {
  const auth = authDeps(deps);
  const frontDeps = { accounts: deps.store.accounts, catalogue: deps.store.catalogue };

  register(app, deps, 'POST /api/me/password', async (c) => {
    const { oldPassword, newPassword } = c.req.valid('json');
    const { token, session } = await changeOwnPassword(auth, c.get('session'), oldPassword, newPassword);
    await audit(deps, c, 'account.password', session.email);
    setSessionCookie(c, token);
    c.header('Cache-Control', 'no-store');
    return c.json({ token, expiresAt: session.expiresAt });
  });

  register(app, deps, 'POST /api/auth/logout-everywhere', async (c) => {
    await signOutEverywhere(auth, c.get('session'));
    await audit(deps, c, 'account.logout-everywhere', c.get('session').email);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  register(app, deps, 'POST /api/accounts/:email/reset-password', async (c) => {
    const email = emailParam(c);
    const password = await resetPassword(auth, email);
    await audit(deps, c, 'account.reset-password', email);
    c.header('Cache-Control', 'no-store');
    return c.json({ email, password });
  });

  for (const disabled of [true, false]) {
    register(app, deps, disabled ? 'POST /api/accounts/:email/disable' : 'POST /api/accounts/:email/enable', async (c) => {
      const email = emailParam(c);
      await setDisabled(auth, c.get('session'), email, disabled);
      await audit(deps, c, disabled ? 'account.disable' : 'account.enable', email);
      return c.json({ email, disabled });
    });
  }

  register(app, deps, 'PUT /api/accounts/:email/fronts', async (c) => {
    const email = emailParam(c);
    const fronts = await setFronts(frontDeps, email, c.req.valid('json').fronts);
    await audit(deps, c, 'account.fronts', email, { fronts: fronts.join(',') });
    return c.json({ email, fronts });
  });

  // Pages.
  register(app, deps, 'GET /admin/account', (c) => renderPage(c, <MyAccountPage ctx={pageContext(c)} changed={c.req.query('changed') === '1'} />));

  register(app, deps, 'POST /admin/account/password', async (c) => {
    const fields = await formFields(c);
    onRefusal(c, (refusal) => renderPage(c, <MyAccountPage ctx={pageContext(c)} problems={refusal.lines} />));
    const parsed = v.safeParse(ChangePasswordSchema, { oldPassword: fields.get('oldPassword') ?? '', newPassword: fields.get('newPassword') ?? '' });
    if (!parsed.success) throw new InvalidInputError([{ field: 'newPassword', message: 'at least 10 characters', zh: '密码至少 10 个字符。' }]);
    const { token } = await changeOwnPassword(auth, c.get('session'), parsed.output.oldPassword, parsed.output.newPassword);
    await audit(deps, c, 'account.password', c.get('session').email);
    setSessionCookie(c, token);
    return c.redirect(href(pageContext(c), '/admin/account?changed=1'), 303);
  });

  register(app, deps, 'POST /admin/account/logout-everywhere', async (c) => {
    await signOutEverywhere(auth, c.get('session'));
    await audit(deps, c, 'account.logout-everywhere', c.get('session').email);
    clearSessionCookie(c);
    return c.redirect(href(pageContext(c), '/admin/login'), 303);
  });

  /** The confirmation for an account that exists (404 otherwise, as the change itself would answer). */
  const askAbout = async (c: Context<OrganizerEnv>, fields: URLSearchParams, kind: 'resetPassword' | 'disableAccount', email: string, action: string) => {
    if (!(await deps.store.accounts.get(email))) throw new RecordNotFoundError('account', email);
    return confirmationPage(c, fields, { kind, who: email, action: `/admin/accounts/${encodeURIComponent(email)}/${action}`, back: '/admin/accounts' });
  };

  const accountsPage = (c: Context<OrganizerEnv>, extra: Omit<AccountsPageProps, 'ctx' | 'accounts' | 'fronts' | 'timeZone'>) => renderAccountsPage(deps, c, extra);

  register(app, deps, 'POST /admin/accounts/:email/reset-password', async (c) => {
    const email = emailParam(c);
    const fields = await formFields(c);
    if (!isConfirmed(fields)) return askAbout(c, fields, 'resetPassword', email, 'reset-password');
    const password = await resetPassword(auth, email);
    await audit(deps, c, 'account.reset-password', email);
    // Rendered, not redirected: the password is shown this once and is in no URL (renderPage: no-store).
    return accountsPage(c, { reset: { email, password } });
  });

  register(app, deps, 'POST /admin/accounts/:email/fronts', async (c) => {
    const email = emailParam(c);
    onRefusal(c, (refusal) => accountsPage(c, { problems: refusal.lines }));
    const fronts = await setFronts(frontDeps, email, (await formFields(c)).getAll('front').slice(0, 100));
    await audit(deps, c, 'account.fronts', email, { fronts: fronts.join(',') });
    return accountsPage(c, { limited: { email, fronts } });
  });

  register(app, deps, 'POST /admin/accounts/:email/disable', async (c) => {
    const email = emailParam(c);
    const fields = await formFields(c);
    const disabled = fields.get('disabled') !== '0';
    // Enabling undoes itself; disabling ends the account's sessions at once, so it is asked first.
    if (disabled && !isConfirmed(fields)) return askAbout(c, fields, 'disableAccount', email, 'disable');
    onRefusal(c, (refusal) => accountsPage(c, { problems: refusal.lines }));
    await setDisabled(auth, c.get('session'), email, disabled);
    await audit(deps, c, disabled ? 'account.disable' : 'account.enable', email);
    return accountsPage(c, { toggled: { email, disabled } });
  });
}
