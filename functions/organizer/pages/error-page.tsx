// The dashboard's error pages: what an organizer who opened or posted a page sees instead of the error shape.
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import { uiMessages } from '../../../shared/i18n/ui-messages.js';
import { accountScope } from '../../../shared/accounts/scope.js';
import { requestLocale, type ErrorPageRenderer } from '../../http/error-handler.js';
import { renderPage } from '../../http/render.js';
import type { OrganizerEnv } from '../access-guard.js';
import { DashboardMessagePage } from './message-page.js';
import type { PageContext } from './dashboard-layout.js';

export const organizerErrorPage: ErrorPageRenderer = (c, mapped) => {
  const locale = requestLocale(c);
  const t = uiMessages(locale);
  const session = c.get('session') as OrganizerEnv['Variables']['session'] | undefined;
  const limited = session ? accountScope(session) !== undefined : false;
  const ctx: PageContext = { locale, path: new URL(c.req.url).pathname, ...(session ? { account: { email: session.email, role: session.role, ...(limited ? { limited } : {}) } } : {}) };
  const title = mapped.status === 403 ? dashboardMessages(locale).forbiddenTitle : mapped.status === 404 ? t.pageNotFoundTitle : t.errorPageTitle;
  const details = (mapped.issues ?? []).map((issue) => issue.message);
  const body = [t.errors[mapped.code], ...details].join(' ');
  return renderPage(c, <DashboardMessagePage ctx={ctx} title={title} body={body} linkText={dashboardMessages(locale).backToSurveys} />, mapped.status);
};
