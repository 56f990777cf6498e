// The respondent app: no login, the contract's public routes and the survey pages.
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { limitBody, RESPONDENT_BODY_LIMIT } from '../http/body-limit.js';
import { errorHandler, notFoundHandler } from '../http/error-handler.js';
import { noMetrics, statusMetrics } from '../http/metrics.js';
import { requestIdMiddleware } from '../http/request-id.js';
import { ownSiteForms } from '../http/same-origin.js';
import { publicWriteLimit } from '../http/public-write-limit.js';
import { securityHeaders } from '../http/security-headers.js';
import type { RespondentDeps } from './deps.js';
import { respondentErrorPage } from './pages/error-page.js';
import { formScript } from './pages/form-script.js';
import { pageStyle } from './pages/page-style.js';
import { feedbackPageRoutes } from './routes/feedback-pages.js';
import { programmeApiRoutes } from './routes/programme-api.js';
import { publicApiRoutes } from './routes/public-api.js';
import { unitPageRoutes } from './routes/unit-pages.js';
import { surveyPageRoutes } from './routes/survey-pages.js';
import { expertApiRoutes } from './routes/expert-api.js';
import { expertPageRoutes } from './routes/expert-pages.js';
import { expertStyle } from './pages/expert-page.js';

export function createRespondentApp(deps: RespondentDeps): Hono {
  const app = new Hono();
  app.use(requestIdMiddleware());
  app.use(statusMetrics(deps.metrics ?? noMetrics));
  app.use(securityHeaders({ scripts: [formScript], styles: [pageStyle, expertStyle] }));
  app.use(compress());
  app.use('/api/public/*', limitBody(RESPONDENT_BODY_LIMIT));
  app.use('/s/*', limitBody(RESPONDENT_BODY_LIMIT));
  app.use('/f/*', limitBody(RESPONDENT_BODY_LIMIT));
  app.use('/u/*', limitBody(RESPONDENT_BODY_LIMIT));
  app.use('/e/*', limitBody(RESPONDENT_BODY_LIMIT));
  for (const forms of ['/s/*', '/f/*', '/u/*', '/e/*']) app.use(forms, ownSiteForms());
  if (deps.publicWrites) for (const writes of ['/api/public/*', '/s/*', '/f/*', '/u/*', '/e/*']) app.use(writes, publicWriteLimit(deps.publicWrites, deps.clock));
  app.route('/api/public', publicApiRoutes(deps));
  app.route('/api/public', programmeApiRoutes(deps));
  app.route('/api/public', expertApiRoutes(deps));
  app.route('/u', unitPageRoutes(deps));
  app.route('/e', expertPageRoutes(deps));
  app.route('/s', surveyPageRoutes(deps));
  app.route('/f', feedbackPageRoutes(deps));
  const errorPage = respondentErrorPage(deps.timeZone);
  app.onError(errorHandler(deps.logger, errorPage));
  app.notFound(notFoundHandler(errorPage));
  return app;
}
