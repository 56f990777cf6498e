// The organizer app: sign-in, survey management, catalogue, accounts, audit log and the dashboard.
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { limitBody } from '../http/body-limit.js';
import { errorHandler, notFoundHandler } from '../http/error-handler.js';
import { noMetrics, statusMetrics } from '../http/metrics.js';
import { requestIdMiddleware } from '../http/request-id.js';
import { securityHeaders } from '../http/security-headers.js';
import { pageStyle } from '../respondent/pages/page-style.js';
import { reportStyle } from './pages/report-style.js';
import { lectureStyle } from './pages/lecture-style.js';
import { boardReminderStyle, copyScript, lectureReminderStyle } from './pages/reminder-panel.js';
import type { OrganizerEnv } from './access-guard.js';
import type { OrganizerDeps } from './deps.js';
import { dashboardStyle } from './pages/dashboard-style.js';
import { organizerErrorPage } from './pages/error-page.js';
import { accountActions } from './routes/account-actions.js';
import { accountPages } from './routes/account-pages.js';
import { adminApi } from './routes/admin-api.js';
import { authApi } from './routes/auth-api.js';
import { catalogueApi } from './routes/catalogue-api.js';
import { catalogueTransferApi } from './routes/catalogue-transfer-api.js';
import { lecturesApi } from './routes/lectures-api.js';
import { signInApi } from './routes/sign-in-api.js';
import { studyPlanApi } from './routes/study-plan-api.js';
import { studyPlanPages } from './routes/study-plan-pages.js';
import { RECORD_UPLOAD_BODY_LIMIT, recordsApi } from './routes/records-api.js';
import { briefingsApi } from './routes/briefings-api.js';
import { briefingPages } from './routes/briefing-pages.js';
import type { MiddlewareHandler } from 'hono';
import { lecturePages } from './routes/lecture-pages.js';
import { recordPages } from './routes/record-pages.js';
import { scorecardsApi } from './routes/scorecards-api.js';
import { programmeApi } from './routes/programme-api.js';
import { programmePages } from './routes/programme-pages.js';
import { programmeStyle } from './pages/programme-style.js';
import { dashboardPages } from './routes/dashboard-pages.js';
import { workbenchPages } from './routes/workbench-pages.js';
import { cataloguePages } from './routes/catalogue-pages.js';
import { catalogueImportPages } from './routes/catalogue-import-pages.js';
import { catalogueStyle } from './pages/catalogue-style.js';
import { openApiRoute } from './routes/openapi.js';
import { previewPage } from './routes/preview-page.js';
import { reportPages } from './routes/report-pages.js';
import { exportPages } from './routes/export-pages.js';
import { exportsApi } from './routes/exports-api.js';
import { reportsApi } from './routes/reports-api.js';
import { responsePages } from './routes/response-pages.js';
import { responsesApi } from './routes/responses-api.js';
import { surveysApi } from './routes/surveys-api.js';
import { surveyLifecycleApi } from './routes/survey-lifecycle-api.js';
import { surveyLifecyclePages } from './routes/survey-lifecycle-pages.js';
import { templatesApi } from './routes/templates-api.js';
import { templatesPages } from './routes/templates-pages.js';
import { editorScript } from './pages/editor-script.js';
import { previewScript } from '../respondent/pages/form-script.js';
import { filledStyle } from './pages/response-page.js';
import { exportScript } from './pages/export-script.js';
import { printScript } from './pages/print-script.js';
import { editorStyle } from './pages/editor-style.js';
import { apiReferenceStyle } from './pages/api-reference-page.js';
import { workbenchStyle } from './pages/workbench-style.js';
import { expertLinksApi } from './routes/expert-links-api.js';
import { essayCallsApi } from './routes/essay-calls-api.js';
import { essayCallsPages } from './routes/essay-calls-pages.js';
import { expertLinksPages } from './routes/expert-links-pages.js';
import { noticesApi } from './routes/notices-api.js';
import { noticesPages } from './routes/notices-pages.js';
import { studyPlanStyle } from './pages/study-plan-style.js';
import { bookStyle } from './pages/year-book-page.js';
import { yearPages } from './routes/year-pages.js';
import { yearApi } from './routes/year-api.js';
import { remindersApi } from './routes/reminders-api.js';
import { briefingStyle } from './pages/briefings-page.js';
import { meetingStyle } from './pages/meeting-style.js';
import { studySessionStyle } from './pages/study-session-page.js';
import { reminderPages } from './routes/reminder-pages.js';

/** A full 200-question definition with long labels fits well within this. */
export const ORGANIZER_BODY_LIMIT = 512 * 1024;

/** The local run's record uploads: the API's PUT and the page's multipart form. */
const RECORD_UPLOAD_PATH = /^\/(api\/lectures\/[^/]+\/record\/uploads\/[^/]+|admin\/lectures\/[^/]+\/record\/upload)$/;

export function createOrganizerApp(deps: OrganizerDeps): Hono<OrganizerEnv> {
  const app = new Hono<OrganizerEnv>();
  app.use(requestIdMiddleware());
  app.use(statusMetrics(deps.metrics ?? noMetrics));
  // pageStyle: the preview renders the respondent's own page, stylesheet included.
  app.use(securityHeaders({ scripts: [editorScript, exportScript, previewScript, printScript, copyScript], styles: [dashboardStyle, reportStyle, pageStyle, editorStyle, programmeStyle, lectureStyle, apiReferenceStyle, catalogueStyle, filledStyle, workbenchStyle, studyPlanStyle, bookStyle, boardReminderStyle, lectureReminderStyle, briefingStyle, meetingStyle, studySessionStyle] }, deps.fileOrigins));
  app.use(compress());
  // A record upload (the local run takes the bytes itself) is the one body larger than a definition.
  const bodyLimit = limitBody(ORGANIZER_BODY_LIMIT);
  const uploadLimit = limitBody(RECORD_UPLOAD_BODY_LIMIT);
  const limited: MiddlewareHandler = (c, next) => (RECORD_UPLOAD_PATH.test(c.req.path) ? uploadLimit(c, next) : bodyLimit(c, next));
  app.use('/api/*', limited);
  app.use('/admin/*', limited);
  app.use('/api/*', async function noStore(c, next) {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });
  authApi(app, deps);
  openApiRoute(app, deps);
  surveysApi(app, deps);
  surveyLifecycleApi(app, deps);
  templatesApi(app, deps);
  reportsApi(app, deps);
  responsesApi(app, deps);
  exportsApi(app, deps);
  catalogueApi(app, deps);
  catalogueTransferApi(app, deps);
  lecturesApi(app, deps);
  signInApi(app, deps);
  recordsApi(app, deps);
  studyPlanApi(app, deps);
  briefingsApi(app, deps);
  scorecardsApi(app, deps);
  programmeApi(app, deps);
  expertLinksApi(app, deps);
  essayCallsApi(app, deps);
  noticesApi(app, deps);
  yearApi(app, deps);
  remindersApi(app, deps);
  adminApi(app, deps);
  dashboardPages(app, deps);
  workbenchPages(app, deps);
  cataloguePages(app, deps);
  catalogueImportPages(app, deps);
  previewPage(app, deps);
  accountPages(app, deps);
  accountActions(app, deps);
  reportPages(app, deps);
  responsePages(app, deps);
  surveyLifecyclePages(app, deps);
  templatesPages(app, deps);
  lecturePages(app, deps);
  recordPages(app, deps);
  yearPages(app, deps);
  exportPages(app, deps);
  programmePages(app, deps);
  expertLinksPages(app, deps);
  essayCallsPages(app, deps);
  noticesPages(app, deps);
  studyPlanPages(app, deps);
  briefingPages(app, deps);
  reminderPages(app, deps);
  app.onError(errorHandler(deps.logger, organizerErrorPage));
  app.notFound(notFoundHandler(organizerErrorPage));
  return app;
}

/** The routes an app serves (method and path), as Hono registered them: for the CDK stack and the tests. */
export function servedRoutes(app: Hono<OrganizerEnv>): { method: string; path: string }[] {
  const seen = new Set<string>();
  return app.routes
    .filter((r) => r.method !== 'ALL')
    .filter((r) => !seen.has(`${r.method} ${r.path}`) && seen.add(`${r.method} ${r.path}`))
    .map((r) => ({ method: r.method, path: r.path }));
}
