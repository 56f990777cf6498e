// The survey list: status and live response counts, and the create-from-template form.
import { reportMessages } from '../../../shared/i18n/report-messages.js';
import { districtMinute } from '../../../shared/survey-admin/zoned-time.js';
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import { surveyLifecycleMessages } from '../../../shared/i18n/survey-lifecycle-messages.js';
import type { SurveyListFilter, SurveyListResult } from '../../../shared/survey-admin/survey-lifecycle.js';
import { templateMessages } from '../../../shared/i18n/template-messages.js';
import type { SavedTemplate } from '../../../shared/templates/saved-template-schema.js';
import { DashboardLayout, href, type PageContext } from './dashboard-layout.js';

/** Search and filters as a GET form, so a filtered list is a link that can be kept and shared. */
function ListFilters({ ctx, filter, list }: { ctx: PageContext; filter: SurveyListFilter; list: SurveyListResult }) {
  const t = dashboardMessages(ctx.locale);
  const l = surveyLifecycleMessages(ctx.locale);
  const archive = filter.archived === 'only';
  return (
    <form method="get" action="/admin">
      <fieldset class="box">
        <legend>{l.search}</legend>
        {ctx.locale === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
        {archive ? <input type="hidden" name="archived" value="only" /> : null}
        <div class="row">
          <div>
            <label for="q">{l.searchLabel}</label>
            <input type="search" id="q" name="q" value={filter.q ?? ''} maxlength={100} />
          </div>
          <div>
            <label for="kind">{l.kindLabel}</label>
            <select id="kind" name="kind">
              <option value="">{l.any}</option>
              {(['needs', 'feedback', 'custom'] as const).map((k) => (
                <option value={k} selected={filter.kind === k}>
                  {t.kind[k]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="status">{l.statusLabel}</label>
            <select id="status" name="status">
              <option value="">{l.any}</option>
              {(['draft', 'published', 'closed'] as const).map((k) => (
                <option value={k} selected={filter.status === k}>
                  {t.status[k]} ({list.counts[k]})
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="year">{l.yearLabel}</label>
            <select id="year" name="year">
              <option value="">{l.any}</option>
              {list.years.map((y) => (
                <option value={y} selected={filter.year === y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit">{l.apply}</button>
        <p class="help" role="status">
          {l.counts(list.counts)}{' '}
          <a href={href(ctx, archive ? '/admin' : '/admin?archived=only')}>{archive ? l.hideArchive : l.showArchive}</a>
        </p>
      </fieldset>
    </form>
  );
}

export function SurveyListPage({ ctx, filter, list, saved, timeZone }: { ctx: PageContext; filter: SurveyListFilter; list: SurveyListResult; saved: readonly SavedTemplate[]; timeZone: string }) {
  const t = dashboardMessages(ctx.locale);
  const tt = templateMessages(ctx.locale);
  const surveys = list.surveys;
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
                <optgroup label={tt.builtInGroup}>
                  {(['needs', 'feedback', 'blank'] as const).map((name) => (
                    <option value={name}>{t.templates[name]}</option>
                  ))}
                </optgroup>
                {saved.length > 0 ? (
                  <optgroup label={tt.savedGroup}>
                    {saved.map((tpl) => (
                      <option value={tpl.id}>{tpl.name}</option>
                    ))}
                  </optgroup>
                ) : null}
              </select>
            </div>
            <div>
              <label for="title">{t.title}</label>
              <input id="title" name="title" type="text" maxlength={200} />
            </div>
          </div>
          <button type="submit">{t.create}</button>
        </form>
        <p>
          <a href={href(ctx, '/admin/templates')}>{tt.manage}</a>
        </p>
      </section>
      <ListFilters ctx={ctx} filter={filter} list={list} />
      <section>
        {surveys.length === 0 ? (
          <p>{Object.values(filter).some(Boolean) ? surveyLifecycleMessages(ctx.locale).noMatch : t.noSurveys}</p>
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
                      {t.kind[survey.kind]} · <a href={href(ctx, `/admin/surveys/${survey.id}/report`)}>{reportMessages(ctx.locale).reportOf[survey.kind]}</a>
                    </div>
                  </td>
                  <td>
                    <span class={`status ${survey.status}`}>{t.status[survey.status]}</span>
                  </td>
                  <td class="count">{responses}</td>
                  <td>{districtMinute(survey.createdAt, timeZone).slice(0, 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </DashboardLayout>
  );
}
