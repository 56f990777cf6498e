// The HTML shell of every dashboard page: the menu bar (language, navigation, account, sign-out) and the inline stylesheet.
import type { Child } from 'hono/jsx';
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import type { Locale } from '../../../shared/kernel/locale.js';
import { workbenchMessages } from '../../../shared/i18n/workbench-messages.js';
import { dashboardStyle } from './dashboard-style.js';
import { printScript } from './print-script.js';

export interface PageContext {
  locale: Locale;
  /** The current path, for the language switch. */
  path: string;
  /** `limited`: a front-limited account (shared/accounts/scope.ts), which district-wide pages refuse. */
  account?: { email: string; role: string; limited?: boolean };
}

/** A dashboard link that keeps the chosen language. */
export function href(ctx: PageContext, path: string): string {
  if (ctx.locale !== 'en') return path;
  // The language goes into the query, before any #fragment.
  const [before, fragment] = path.split('#', 2) as [string, string | undefined];
  return `${before}${before.includes('?') ? '&' : '?'}lang=en${fragment === undefined ? '' : `#${fragment}`}`;
}

interface NavItem {
  path: string;
  label: string;
}

type NavLabel = keyof ReturnType<typeof workbenchMessages>['nav'];

/**
 * Every page the menu can offer, in menu order: the year's work first (one line at 1280 px), the rarer
 * pages under 更多. `for`: who is offered it (`district`: not a front-limited account, which is offered
 * only what it can open; `admin`: admins only). The organizer's guide is checked against this list
 * (test/unit/docs.test.ts).
 */
export const DASHBOARD_MENU: readonly { path: string; label: NavLabel; place: 'primary' | 'more'; for: 'all' | 'district' | 'admin' }[] = [
  { path: '/admin', label: 'home', place: 'primary', for: 'all' },
  { path: '/admin/surveys', label: 'surveys', place: 'primary', for: 'all' },
  { path: '/admin/menus', label: 'menus', place: 'primary', for: 'district' },
  { path: '/admin/lectures', label: 'lectures', place: 'primary', for: 'all' },
  { path: '/admin/scorecards', label: 'scorecards', place: 'primary', for: 'district' },
  { path: '/admin/catalogue', label: 'catalogue', place: 'primary', for: 'all' },
  { path: '/admin/units', label: 'units', place: 'primary', for: 'all' },
  { path: '/admin/experts/links', label: 'expertLinks', place: 'more', for: 'district' },
  { path: '/admin/essay-calls', label: 'essayCalls', place: 'more', for: 'district' },
  { path: '/admin/notices', label: 'notices', place: 'more', for: 'district' },
  { path: '/admin/programme', label: 'programme', place: 'more', for: 'district' },
  { path: '/admin/study-plan', label: 'studyPlan', place: 'more', for: 'district' },
  { path: '/admin/people', label: 'people', place: 'more', for: 'district' },
  { path: '/admin/briefings', label: 'briefings', place: 'more', for: 'district' },
  { path: '/admin/year', label: 'year', place: 'more', for: 'district' },
  { path: '/admin/templates', label: 'templates', place: 'more', for: 'all' },
  { path: '/admin/accounts', label: 'accounts', place: 'more', for: 'admin' },
  { path: '/admin/audit', label: 'audit', place: 'more', for: 'admin' },
  { path: '/admin/api', label: 'api', place: 'more', for: 'all' },
];

/** The menu offered to the signed-in account, in the chosen language. */
function navItems(ctx: PageContext): { primary: NavItem[]; more: NavItem[] } {
  const n = workbenchMessages(ctx.locale).nav;
  const account = ctx.account;
  if (!account) return { primary: [], more: [] };
  const offered = DASHBOARD_MENU.filter((i) => i.for === 'all' || (i.for === 'district' ? !account.limited : account.role === 'admin'));
  const of = (place: 'primary' | 'more') => offered.filter((i) => i.place === place).map((i) => ({ path: i.path, label: n[i.label] }));
  return { primary: of('primary'), more: of('more') };
}

/** The item a page belongs to: the longest menu path that starts the page's own (a survey's pages are 问卷's). */
function currentItem(path: string, items: readonly NavItem[]): string | undefined {
  return items
    .filter((i) => path === i.path || (i.path !== '/admin' && path.startsWith(`${i.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}

function NavLinks({ ctx, items, current }: { ctx: PageContext; items: readonly NavItem[]; current?: string }) {
  return (
    <>
      {items.map((i) => (
        <a href={href(ctx, i.path)} aria-current={i.path === current ? 'page' : undefined}>
          {i.label}
        </a>
      ))}
    </>
  );
}

function LanguageSwitch({ ctx }: { ctx: PageContext }) {
  const other = ctx.locale === 'en' ? 'zh' : 'en';
  return (
    <a href={`${ctx.path}?lang=${other}`} lang={other === 'en' ? 'en' : 'zh-CN'} class="lang">
      {dashboardMessages(ctx.locale).switchLanguage}
    </a>
  );
}

function SignOut({ ctx }: { ctx: PageContext }) {
  return (
    <form method="post" action={href(ctx, '/admin/logout')}>
      <button type="submit">{dashboardMessages(ctx.locale).signOut}</button>
    </form>
  );
}

/**
 * One bar: on a desk the menu in one line with 更多 and the account as drop-downs; on a phone (or a
 * narrow window) the name and one menu button holding everything. Both drop-downs are <details>, so
 * they open without JavaScript; the two arrangements are switched by the stylesheet alone.
 */
function Header({ ctx }: { ctx: PageContext }) {
  const w = workbenchMessages(ctx.locale);
  const { primary, more } = navItems(ctx);
  const current = currentItem(ctx.path, [...primary, ...more]);
  const account = ctx.account;
  return (
    <header class="bar">
      <a class="brand" href={href(ctx, account ? '/admin' : '/admin/login')}>
        {dashboardMessages(ctx.locale).appName}
      </a>
      {account ? (
        <>
          <nav class="desk" aria-label={w.mainNav}>
            <NavLinks ctx={ctx} items={primary} current={current} />
            {more.length > 0 ? (
              <details class="drop">
                <summary class={more.some((i) => i.path === current) ? 'current' : undefined}>{w.more}</summary>
                <div class="drop-panel">
                  <NavLinks ctx={ctx} items={more} current={current} />
                </div>
              </details>
            ) : null}
          </nav>
          <div class="desk bar-tools">
            <LanguageSwitch ctx={ctx} />
            <details class="drop end">
              <summary>{w.account}</summary>
              <div class="drop-panel">
                <p class="who">
                  {w.signedInAs}
                  {account.email}
                </p>
                <a href={href(ctx, '/admin/account')} aria-current={ctx.path === '/admin/account' ? 'page' : undefined}>
                  {w.nav.myAccount}
                </a>
                <SignOut ctx={ctx} />
              </div>
            </details>
          </div>
          <details class="phone">
            <summary>{w.menu}</summary>
            <div class="phone-panel">
              <nav aria-label={w.mainNav}>
                <NavLinks ctx={ctx} items={[...primary, ...more, { path: '/admin/account', label: w.nav.myAccount }]} current={current ?? (ctx.path === '/admin/account' ? '/admin/account' : undefined)} />
              </nav>
              <p class="who">
                {w.signedInAs}
                {account.email}
              </p>
              <div class="phone-tools">
                <LanguageSwitch ctx={ctx} />
                <SignOut ctx={ctx} />
              </div>
            </div>
          </details>
        </>
      ) : (
        <LanguageSwitch ctx={ctx} />
      )}
    </header>
  );
}

/**
 * `head`: extra elements for the page's head (e.g. a no-script refresh); `script`: the page's script, hashed
 * into the CSP; `printable`: the page has a 打印 button (print-frame.tsx), which the print script shows;
 * `bare`: no menu bar (the projector view fills the screen).
 */
export function DashboardLayout({ ctx, title, children, extraStyle, script, head, bare, printable }: { ctx: PageContext; title: string; children: Child; extraStyle?: string; script?: string; head?: Child; bare?: boolean; printable?: boolean }) {
  const t = dashboardMessages(ctx.locale);
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
      <body class={bare ? 'bare' : undefined}>
        {bare ? null : <Header ctx={ctx} />}
        <main id="main">{children}</main>
        {/* Page scripts are hashed into the CSP; every page works without them. */}
        {script ? <script dangerouslySetInnerHTML={{ __html: script }} /> : null}
        {printable ? <script dangerouslySetInnerHTML={{ __html: printScript }} /> : null}
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
