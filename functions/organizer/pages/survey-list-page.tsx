// The survey list: status and live response counts, and the create-from-template form.
import { reportMessages } from '../../../shared/i18n/report-messages.js';
import { districtMinute } from '../../../shared/kernel/zoned-time.js';
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import { surveyLifecycleMessages } from '../../../shared/i18n/survey-lifecycle-messages.js';
import type { SurveyListFilter, SurveyListResult } from '../../../shared/survey-admin/survey-lifecycle.js';
import { templateMessages } from '../../../shared/i18n/template-messages.js';
import type { SavedTemplate } from '../../../shared/templates/saved-template-schema.js';
import { DashboardLayout, href, type PageContext } from './dashboard-layout.js';
import { DataTable } from './data-table.js';
import { FilterForm } from './filter-form.js';

/** Search and filters as a GET form, so a filtered list is a link that can be kept and shared. */
function ListFilters({ ctx, filter, list }: { ctx: PageContext; filter: SurveyListFilter; list: SurveyListResult }) {
  const t = dashboardMessages(ctx.locale);
  const l = surveyLifecycleMessages(ctx.locale);
  const archive = filter.archived === 'only';
  return (
    <FilterForm
      ctx={ctx}
      action="/admin/surveys"
      legend={l.search}
      submit={l.apply}
      keep={{ archived: archive ? 'only' : undefined }}
      fields={[
        { kind: 'search', name: 'q', label: l.searchLabel, value: filter.q, maxLength: 100 },
        { kind: 'select', name: 'kind', label: l.kindLabel, any: l.any, value: filter.kind, choices: (['needs', 'feedback', 'custom'] as const).map((k) => ({ id: k, label: t.kind[k] ?? k })) },
        { kind: 'select', name: 'status', label: l.statusLabel, any: l.any, value: filter.status, choices: (['draft', 'published', 'closed'] as const).map((k) => ({ id: k, label: `${t.status[k]} (${list.counts[k]})` })) },
        { kind: 'select', name: 'year', label: l.yearLabel, any: l.any, value: filter.year, choices: list.years.map((y) => ({ id: y, label: y })) },
      ]}
    >
      <p class="help" role="status">
        {l.counts(list.counts)}{' '}
        <a href={href(ctx, archive ? '/admin/surveys' : '/admin/surveys?archived=only')}>{archive ? l.hideArchive : l.showArchive}</a>
      </p>
    </FilterForm>
  );
}

export function SurveyListPage({ ctx, filter, list, saved, timeZone }: { ctx: PageContext; filter: SurveyListFilter; list: SurveyListResult; saved: readonly SavedTemplate[]; timeZone: string }) {
  const t = dashboardMessages(ctx.locale);
  const tt = templateMessages(ctx.locale);
  const surveys = list.surveys;
  return (
    <DashboardLayout ctx={ctx} title={t.surveys}>
      <h1>{t.surveys}</h1>
      <p class="no-print">
        <a class="button" href="#new-survey">{t.newSurvey}</a>
      </p>
      <ListFilters ctx={ctx} filter={filter} list={list} />
      <section>
        {surveys.length === 0 ? (
          <p>{Object.values(filter).some(Boolean) ? surveyLifecycleMessages(ctx.locale).noMatch : t.noSurveys}</p>
        ) : (
          <DataTable
            rows={surveys}
            rowAttrs={({ survey }) => ({ 'data-survey-id': survey.id })}
            columns={[
              {
                header: t.title,
                key: true,
                cell: ({ survey }) => (
                  <>
                    <a href={href(ctx, `/admin/surveys/${survey.id}`)}>{survey.title}</a>
                    <div class="muted">
                      {t.kind[survey.kind]} · <a href={href(ctx, `/admin/surveys/${survey.id}/report`)}>{reportMessages(ctx.locale).reportOf[survey.kind]}</a>
                    </div>
                  </>
                ),
              },
              { header: t.statusLabel, cell: ({ survey }) => <span class={`status ${survey.status}`}>{t.status[survey.status]}</span> },
              { header: t.responses, num: true, class: 'count', cell: ({ responses }) => responses },
              { header: t.createdAt, cell: ({ survey }) => districtMinute(survey.createdAt, timeZone).slice(0, 10) },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="new-survey">
        <h2 id="new-survey">{t.newSurvey}</h2>
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
    </DashboardLayout>
  );
}
