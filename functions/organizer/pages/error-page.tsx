// The dashboard's error pages: what an organizer who opened or posted a page sees instead of the error shape.
import type { Context } from 'hono';
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import { uiMessages } from '../../../shared/i18n/ui-messages.js';
import { requestLocale, type ErrorPageRenderer } from '../../http/error-handler.js';
import { renderPage } from '../../http/render.js';
import type { OrganizerEnv } from '../access-guard.js';
import { pageContext } from '../page-context.js';
import { DashboardMessagePage } from './message-page.js';

export const organizerErrorPage: ErrorPageRenderer = (c, mapped) => {
  const locale = requestLocale(c);
  const t = uiMessages(locale);
  const ctx = pageContext(c as Context<OrganizerEnv>);
  const title = mapped.status === 403 ? dashboardMessages(locale).forbiddenTitle : mapped.status === 404 ? t.pageNotFoundTitle : t.errorPageTitle;
  const details = (mapped.issues ?? []).map((issue) => issue.message);
  const body = [t.errors[mapped.code], ...details].join(' ');
  return renderPage(c, <DashboardMessagePage ctx={ctx} title={title} body={body} linkText={dashboardMessages(locale).backToSurveys} />, mapped.status);
};
