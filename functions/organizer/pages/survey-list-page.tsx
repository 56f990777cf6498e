// The survey list: status and live response counts, and the create-from-template form.
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import type { SurveyOverview } from '../../../shared/survey-admin/manage-surveys.js';
import { DashboardLayout, href, type PageContext } from './dashboard-layout.js';

export function SurveyListPage({ ctx, surveys }: { ctx: PageContext; surveys: SurveyOverview[] }) {
  const t = dashboardMessages(ctx.locale);
  return (
    <DashboardLayout ctx={ctx} title={t.surveys}>
      <h1>{t.surveys}</h1>
      <section>
        <h2>{t.newSurvey}</h2>
        <form method="post" action={href(ctx, '/admin/surveys')}>
          <div class="row">
            <div>
              <label for="template">{t.template}</label>
              <select id="template" name="template">
                {(['needs', 'feedback', 'blank'] as const).map((name) => (
                  <option value={name}>{t.templates[name]}</option>
                ))}
              </select>
            </div>
            <div>
              <label for="title">{t.title}</label>
              <input id="title" name="title" type="text" maxlength={200} />
            </div>
          </div>
          <button type="submit">{t.create}</button>
        </form>
      </section>
      <section>
        {surveys.length === 0 ? (
          <p>{t.noSurveys}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t.title}</th>
                <th scope="col">{t.statusLabel}</th>
                <th scope="col">{t.responses}</th>
                <th scope="col">{t.createdAt}</th>
              </tr>
            </thead>
            <tbody>
              {surveys.map(({ survey, responses }) => (
                <tr data-survey-id={survey.id}>
                  <td>
                    <a href={href(ctx, `/admin/surveys/${survey.id}`)}>{survey.title}</a>
                    <div class="muted">
                      {t.kind[survey.kind]} · <a href={href(ctx, `/admin/surveys/${survey.id}/report`)}>{t.report}</a>
                    </div>
                  </td>
                  <td>
                    <span class={`status ${survey.status}`}>{t.status[survey.status]}</span>
                  </td>
                  <td class="count">{responses}</td>
                  <td>{survey.createdAt.slice(0, 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </DashboardLayout>
  );
}
