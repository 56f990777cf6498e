// A survey's life over JSON: copy, reopen, archive and unarchive.
import { copySurvey, reopenSurvey, setArchived } from '../../../shared/survey-admin/survey-lifecycle.js';
import { creatorOf } from '../../../shared/accounts/scope.js';
import type { OrganizerDeps } from '../deps.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';
import { surveyAdminDeps } from '../survey-admin-deps.js';

export function surveyLifecycleApi(app: OrganizerApp, deps: OrganizerDeps): void {
  const domain = surveyAdminDeps(deps);

  register(app, deps, 'POST /api/surveys/:surveyId/copy', async (c) => {
    const sourceId = pathId(c, 'surveyId', 'survey');
    // Copy takes an optional body: none at all means "same title".
    const options = c.req.valid('json');
    const copy = await copySurvey(domain, sourceId, { ...(options.title ? { title: options.title } : {}), creator: creatorOf(c.get('session')) });
    await audit(deps, c, 'survey.copy', copy.id, { from: sourceId });
    return c.json({ surveyId: copy.id }, 201);
  });

  register(app, deps, 'POST /api/surveys/:surveyId/reopen', async (c) => {
    const survey = await reopenSurvey(domain, pathId(c, 'surveyId', 'survey'));
    await audit(deps, c, 'survey.reopen', survey.id);
    return c.json({ survey });
  });

  for (const archived of [true, false]) {
    register(app, deps, archived ? 'POST /api/surveys/:surveyId/archive' : 'POST /api/surveys/:surveyId/unarchive', async (c) => {
      const surveyId = pathId(c, 'surveyId', 'survey');
      await setArchived(domain, surveyId, archived);
      await audit(deps, c, archived ? 'survey.archive' : 'survey.unarchive', surveyId);
      return c.json({ surveyId, archived });
    });
  }
}
