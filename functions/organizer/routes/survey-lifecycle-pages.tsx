// The dashboard's side of a survey's life: confirmation pages, copy, reopen and archive forms.
import { copySurvey, reopenSurvey, setArchived } from '../../../shared/survey-admin/survey-lifecycle.js';
import { creatorOf } from '../../../shared/accounts/scope.js';
import { surveyOverview } from '../../../shared/survey-admin/manage-surveys.js';
import { RecordNotFoundError } from '../../../shared/errors.js';
import { formVersion } from '../../http/expected-version.js';
import { renderPage } from '../../http/render.js';
import type { OrganizerDeps } from '../deps.js';
import { CONFIRMED_ACTIONS, ConfirmPage, type ConfirmedAction } from '../pages/confirm-page.js';
import { href } from '../pages/dashboard-layout.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';
import { surveyAdminDeps } from '../survey-admin-deps.js';
import { formFields, pageContext } from '../page-context.js';

export function surveyLifecyclePages(app: OrganizerApp, deps: OrganizerDeps): void {
  const domain = surveyAdminDeps(deps);

  register(app, deps, 'GET /admin/surveys/:surveyId/confirm/:action', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const action = CONFIRMED_ACTIONS.find((a) => a === c.req.param('action'));
    if (!action) throw new RecordNotFoundError('action', String(c.req.param('action')).slice(0, 64));
    const { survey, version } = await surveyOverview(domain, surveyId);
    // The version the survey page was showing, if it came along and is readable; else the current one.
    const shown = formVersion(/^\d{1,15}$/.test(c.req.query('version') ?? '') ? c.req.query('version') : undefined) ?? version;
    return renderPage(c, <ConfirmPage ctx={pageContext(c)} survey={survey} action={action satisfies ConfirmedAction} version={shown} />);
  });

  register(app, deps, 'POST /admin/surveys/:surveyId/copy', async (c) => {
    const sourceId = pathId(c, 'surveyId', 'survey');
    const copy = await copySurvey(domain, sourceId, { creator: creatorOf(c.get('session')) });
    await audit(deps, c, 'survey.copy', copy.id, { from: sourceId });
    return c.redirect(href(pageContext(c), `/admin/surveys/${copy.id}`), 303);
  });

  register(app, deps, 'POST /admin/surveys/:surveyId/reopen', async (c) => {
    const survey = await reopenSurvey(domain, pathId(c, 'surveyId', 'survey'));
    await audit(deps, c, 'survey.reopen', survey.id);
    return c.redirect(href(pageContext(c), `/admin/surveys/${survey.id}?saved=1`), 303);
  });

  register(app, deps, 'POST /admin/surveys/:surveyId/archive', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const archived = (await formFields(c)).get('archived') !== '0';
    await setArchived(domain, surveyId, archived);
    await audit(deps, c, archived ? 'survey.archive' : 'survey.unarchive', surveyId);
    return c.redirect(href(pageContext(c), `/admin/surveys/${surveyId}?saved=1`), 303);
  });
}
