// The HTML shell of every dashboard page: language, navigation, sign-out and the inline stylesheet.
import type { Child } from 'hono/jsx';
import { accountMessages } from '../../../shared/i18n/account-messages.js';
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { lectureMessages } from '../../../shared/i18n/lecture-messages.js';
import { dashboardStyle } from './dashboard-style.js';

export interface PageContext {
  locale: Locale;
  /** The current path, for the language switch. */
  path: string;
  /** `limited`: a front-limited account (shared/accounts/scope.ts), which district-wide pages refuse. */
  account?: { email: string; role: string; limited?: boolean };
}

/** A dashboard link that keeps the chosen language. */
export function href(ctx: PageContext, path: string): string {
  return ctx.locale === 'en' ? `${path}${path.includes('?') ? '&' : '?'}lang=en` : path;
}

/** `head`: extra elements for the page's head (e.g. a no-script refresh); `script`: the page's script, hashed into the CSP. */
export function DashboardLayout({ ctx, title, children, extraStyle, script, head }: { ctx: PageContext; title: string; children: Child; extraStyle?: string; script?: string; head?: Child }) {
  const t = dashboardMessages(ctx.locale);
  const p = lectureMessages(ctx.locale);
  const other = ctx.locale === 'en' ? 'zh' : 'en';
  return (
    <html lang={ctx.locale === 'en' ? 'en' : 'zh-CN'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        <link rel="icon" href="data:," />
        <title>{`${title} · ${t.appName}`}</title>
        <style dangerouslySetInnerHTML={{ __html: dashboardStyle }} />
        {/* Page-specific styles are hashed into the CSP alongside the dashboard's own. */}
        {extraStyle ? <style dangerouslySetInnerHTML={{ __html: extraStyle }} /> : null}
        {head ?? null}
      </head>
      <body>
        <header>
          <strong>{t.appName}</strong>
          {ctx.account ? (
            <nav aria-label={t.appName}>
              <a href={href(ctx, '/admin')}>{t.surveys}</a>
              {/* District-wide pages answer 403 to a front-limited account: not offered to it. */}
              {ctx.account.limited ? null : <a href={href(ctx, '/admin/lectures')}>{p.lectures}</a>}
              {ctx.account.limited ? null : <a href={href(ctx, '/admin/scorecards')}>{p.scorecards}</a>}
              {ctx.account.limited ? null : <a href={href(ctx, '/admin/programme')}>{p.programme}</a>}
              <a href={href(ctx, '/admin/catalogue')}>{t.catalogue}</a>
              {ctx.account.limited ? null : <a href={href(ctx, '/admin/units')}>{ctx.locale === 'en' ? 'Unit links' : '单位链接'}</a>}
              {ctx.account.limited ? null : <a href={href(ctx, '/admin/menus')}>{ctx.locale === 'en' ? 'Menus' : '宣讲菜单'}</a>}
              {ctx.account.role === 'admin' ? <a href={href(ctx, '/admin/accounts')}>{t.accounts}</a> : null}
              {ctx.account.role === 'admin' ? <a href={href(ctx, '/admin/audit')}>{t.auditLog}</a> : null}
              <a href={href(ctx, '/admin/account')}>{accountMessages(ctx.locale).myAccount}</a>
            </nav>
          ) : (
            <nav />
          )}
          <a href={`${ctx.path}?lang=${other}`} lang={other === 'en' ? 'en' : 'zh-CN'}>
            {t.switchLanguage}
          </a>
          {ctx.account ? (
            <form method="post" action={href(ctx, '/admin/logout')}>
              <span class="no-print">{ctx.account.email} </span>
              <button type="submit">{t.signOut}</button>
            </form>
          ) : null}
        </header>
        <main id="main">{children}</main>
        {/* Page scripts are hashed into the CSP; every page works without them. */}
        {script ? <script dangerouslySetInnerHTML={{ __html: script }} /> : null}
      </body>
    </html>
  );
}

/** The summary of a refused form, at the top; the page opens at it (autofocus: no script needed). */
export function Problems({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <div class="problems" role="alert" id="problems" tabindex={-1} autofocus>
      <p>{title}</p>
      <ul>
        {items.map((item) => (
          <li>{item}</li>
        ))}
      </ul>
    </div>
  );
}
