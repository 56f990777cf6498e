// The signed-in person's own account: change password (old one required) and sign out everywhere.
import { accountMessages } from '../../../shared/i18n/account-messages.js';
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';

export function MyAccountPage({ ctx, changed, problems }: { ctx: PageContext; changed?: boolean; problems?: string[] }) {
  const a = accountMessages(ctx.locale);
  const t = dashboardMessages(ctx.locale);
  return (
    <DashboardLayout ctx={ctx} title={a.myAccount}>
      <h1>{a.myAccount}</h1>
      <p>
        {ctx.account?.email} · {t.roles[ctx.account?.role ?? ''] ?? ctx.account?.role}
      </p>
      {changed ? (
        <p class="notice" role="status">
          {a.passwordChanged}
        </p>
      ) : null}
      <Problems title={t.problems} items={problems ?? []} />
      <form method="post" action={href(ctx, '/admin/account/password')}>
        <fieldset class="box">
          <legend>{a.changePassword}</legend>
          <label for="oldPassword">{a.oldPassword}</label>
          <input id="oldPassword" name="oldPassword" type="password" required autocomplete="current-password" maxlength={200} />
          <label for="newPassword">{a.newPassword}</label>
          <input id="newPassword" name="newPassword" type="password" required autocomplete="new-password" minlength={10} maxlength={200} />
          <button type="submit">{a.changePassword}</button>
        </fieldset>
      </form>
      <form method="post" action={href(ctx, '/admin/account/logout-everywhere')}>
        <fieldset class="box">
          <legend>{a.signOutEverywhere}</legend>
          <p class="help">{a.signOutEverywhereHelp}</p>
          <button type="submit" class="secondary">
            {a.signOutEverywhere}
          </button>
        </fieldset>
      </form>
      {/* For whoever connects a program: the API's reference and its OpenAPI document. */}
      <section>
        <h2>{ctx.locale === 'en' ? 'API' : '接口（API）'}</h2>
        <p>
          <a href={href(ctx, '/admin/api')}>{ctx.locale === 'en' ? 'API reference' : '接口说明'}</a> ·{' '}
          <a href="/api/openapi.json">OpenAPI 3.1</a>
        </p>
      </section>
    </DashboardLayout>
  );
}
