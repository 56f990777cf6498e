// Accounts for admins: who may sign in with which role, and the form that adds one.
import { districtMinute } from '../../../shared/kernel/zoned-time.js';
import { zoneName } from '../../../shared/i18n/zone-names.js';
import type { Account } from '../../../shared/accounts/account-schema.js';
import type { FrontRecord } from '../../../shared/catalogue/catalogue-schema.js';
import { AccountFronts } from './account-fronts-form.js';
import { accountMessages } from '../../../shared/i18n/account-messages.js';
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';
import { DataTable } from './data-table.js';

export interface AccountsPageProps {
  /** The district's zone: when each account was added, in district time. */
  timeZone: string;
  ctx: PageContext;
  accounts: Account[];
  /** The catalogue's fronts, for limiting an organizer or viewer to some of them. */
  fronts: readonly FrontRecord[];
  /** An account whose fronts were just set. */
  limited?: { email: string; fronts: string[] };
  /** The account just added; `password` only when it was generated (shown this once, never stored in clear). */
  created?: { email: string; password?: string };
  problems?: string[];
  /** What was typed when adding failed, so it need not be typed again (never the password). */
  entered?: { email: string; role: string };
  /** A password an admin just reset, shown this once. */
  reset?: { email: string; password: string };
  /** An account just disabled or enabled. */
  toggled?: { email: string; disabled: boolean };
}

export function AccountsPage({ ctx, timeZone, accounts, fronts, created, problems, entered, reset, toggled, limited }: AccountsPageProps) {
  const t = dashboardMessages(ctx.locale);
  const a = accountMessages(ctx.locale);
  const self = ctx.account?.email;
  return (
    <DashboardLayout ctx={ctx} title={t.accounts}>
      <h1>{t.accounts}</h1>
      {created ? (
        <div class="notice" role="status">
          <p>{t.accountCreated(created.email)}</p>
          {created.password ? (
            <p>
              {t.generatedPassword} <code class="password">{created.password}</code>
            </p>
          ) : null}
        </div>
      ) : null}
      {reset ? (
        <div class="notice" role="status">
          <p>
            {a.passwordReset(reset.email)} <code class="password">{reset.password}</code>
          </p>
        </div>
      ) : null}
      {toggled ? (
        <p class="notice" role="status">
          {toggled.disabled ? a.accountDisabled(toggled.email) : a.accountEnabled(toggled.email)}
        </p>
      ) : null}
      {limited ? (
        <p class="notice" role="status">
          {a.frontsSet(limited.email, limited.fronts.map((id) => fronts.find((f) => f.id === id)?.name ?? id))}
        </p>
      ) : null}
      <Problems title={t.problems} items={problems ?? []} />
      <section>
        <DataTable
          rows={accounts}
          columns={[
            { header: t.email, key: true, cell: (account) => account.email },
            {
              header: t.role,
              cell: (account) => (
                <>
                  {t.roles[account.role] ?? account.role}
                  {account.role !== 'admin' && account.fronts && account.fronts.length > 0 ? (
                    <div class="muted">{a.limitedTo(account.fronts.map((id) => fronts.find((f) => f.id === id)?.name ?? id))}</div>
                  ) : null}
                </>
              ),
            },
            { header: `${t.createdAt}（${zoneName(timeZone, ctx.locale)}）`, cell: (account) => districtMinute(account.createdAt, timeZone) },
            { header: a.state, cell: (account) => (account.disabled ? <span class="status closed">{a.disabled}</span> : a.active) },
            {
              header: a.actions,
              wide: true,
              cell: (account, index) => (
                <>
                  <form method="post" action={href(ctx, `/admin/accounts/${encodeURIComponent(account.email)}/reset-password`)}>
                    <button type="submit" class="secondary" aria-label={`${a.resetPassword} · ${account.email}`}>
                      {a.resetPassword}
                    </button>
                  </form>
                  {account.email === self ? null : (
                    <form method="post" action={href(ctx, `/admin/accounts/${encodeURIComponent(account.email)}/disable`)}>
                      <input type="hidden" name="disabled" value={account.disabled ? '0' : '1'} />
                      <button type="submit" class="secondary" aria-label={`${account.disabled ? a.enable : a.disable} · ${account.email}`}>
                        {account.disabled ? a.enable : a.disable}
                      </button>
                    </form>
                  )}
                  <AccountFronts ctx={ctx} account={account} fronts={fronts} index={index} />
                </>
              ),
            },
          ]}
        />
      </section>
      <section aria-labelledby="add-account">
        <h2 id="add-account">{t.addAccount}</h2>
        <form method="post" action={href(ctx, '/admin/accounts')}>
          <div class="row">
            <div>
              <label for="email">{t.email}</label>
              <input id="email" name="email" type="email" required autocomplete="off" value={entered?.email ?? ''} />
            </div>
            <div>
              <label for="role">{t.role}</label>
              <select id="role" name="role">
                {(['organizer', 'viewer', 'admin'] as const).map((role) => (
                  <option value={role} selected={entered?.role === role}>
                    {t.roles[role]}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label for="password">{t.passwordOptional}</label>
              <input id="password" name="password" type="password" autocomplete="new-password" minlength={10} maxlength={200} />
            </div>
          </div>
          <p class="help">{a.roleHelp}</p>
          <p class="help">{a.frontsHelp}</p>
          <button type="submit">{t.addAccount}</button>
        </form>
      </section>
    </DashboardLayout>
  );
}
