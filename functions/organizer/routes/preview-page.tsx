// The survey as a respondent will see it, for organizers, in any status; nothing can be submitted.
import { surveyOverview } from '../../../shared/survey-admin/manage-surveys.js';
import { requestLocale } from '../../http/error-handler.js';
import { renderPage } from '../../http/render.js';
import { SurveyPage as RespondentSurveyPage } from '../../respondent/pages/survey-page.js';
import type { OrganizerDeps } from '../deps.js';
import { pathId, register, type OrganizerApp } from '../register-route.js';
import { surveyAdminDeps } from '../survey-admin-deps.js';

export function previewPage(app: OrganizerApp, deps: OrganizerDeps): void {
  const domain = surveyAdminDeps(deps);

  register(app, deps, 'GET /admin/surveys/:surveyId/preview', async (c) => {
    const { survey, settings } = await surveyOverview(domain, pathId(c, 'surveyId', 'survey'));
    const locale = requestLocale(c);
    const self = `/admin/surveys/${survey.id}/preview`;
    // The respondent's own page component, so the preview cannot drift from what respondents get.
    return renderPage(
      c,
      <RespondentSurveyPage
        survey={survey}
        locale={locale}
        submissionId={deps.newId()}
        action={`${self}?lang=${locale}`}
        doneUrl={`${self}?lang=${locale}`}
        switchHref={`${self}?lang=${locale === 'en' ? 'zh' : 'en'}`}
        accessCode={settings.requireAccessCode ? { value: '' } : undefined}
        preview
      />,
    );
  });
}
