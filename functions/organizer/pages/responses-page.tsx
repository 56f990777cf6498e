// A survey's responses, newest first: search by receipt number, unit and day; each opens its own page.
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import { responseMessages } from '../../../shared/i18n/response-messages.js';
import { localized } from '../../../shared/kernel/locale.js';
import { surveyUnits } from '../../../shared/report/crosstab.js';
import type { ResponseSearchInput } from '../../../shared/responses/response-search.js';
import { receiptNumber } from '../../../shared/responses/receipt.js';
import type { StoredResponse } from '../../../shared/responses/response-store.js';
import { districtDateTime } from '../../../shared/kernel/zoned-time.js';
import type { Survey } from '../../../shared/survey/survey-schema.js';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';
import { DataTable } from './data-table.js';
import { FilterForm } from './filter-form.js';

export interface ResponsesPageProps {
  ctx: PageContext;
  survey: Survey;
  search: ResponseSearchInput;
  responses: StoredResponse[];
  cursor?: string;
  timeZone: string;
  problems?: string[];
}

/** The list's address with this search (and page), so paging keeps the filters. */
export function responsesListPath(surveyId: string, search: ResponseSearchInput): string {
  const query = new URLSearchParams();
  for (const key of ['receipt', 'unit', 'from', 'to', 'cursor'] as const) {
    const value = search[key];
    if (value) query.set(key, value);
  }
  const text = query.toString();
  return `/admin/surveys/${surveyId}/responses${text ? `?${text}` : ''}`;
}

export function ResponsesPage({ ctx, survey, search, responses, cursor, timeZone, problems }: ResponsesPageProps) {
  const t = responseMessages(ctx.locale);
  const units = surveyUnits(survey);
  const unitName = (id: string) => {
    const unit = units.find((u) => u.id === id);
    return unit ? localized(ctx.locale, unit.label, unit.labelEn) : '—';
  };
  const base = `/admin/surveys/${survey.id}`;
  return (
    <DashboardLayout ctx={ctx} title={`${t.responsesList} · ${survey.title}`}>
      <h1>
        {t.responsesList} · <a href={href(ctx, base)}>{survey.title}</a>
      </h1>
      <p class="help">{t.responsesHelp}</p>
      <Problems title={dashboardMessages(ctx.locale).problems} items={problems ?? []} />
      <FilterForm
        ctx={ctx}
        action={`${base}/responses`}
        legend={t.search}
        submit={t.search}
        fields={[
          { kind: 'search', name: 'receipt', label: t.receipt, value: search.receipt, maxLength: 40 },
          ...(units.length > 0
            ? [{ kind: 'select' as const, name: 'unit', label: t.unit, any: t.allUnits, value: search.unit, choices: units.map((u) => ({ id: u.id, label: localized(ctx.locale, u.label, u.labelEn) })) }]
            : []),
          { kind: 'dates', from: search.from, to: search.to, labels: { from: t.from, to: t.to } },
        ]}
      />
      <section aria-labelledby="list">
        <h2 id="list">{t.responsesList}</h2>
        {responses.length === 0 ? (
          <p>{t.noResponses}</p>
        ) : (
          <DataTable
            rows={responses}
            columns={[
              { header: t.receipt, key: true, cell: (r) => <code>{receiptNumber(r.responseId)}</code> },
              { header: t.submittedAt, cell: (r) => districtDateTime(r.submittedAt, timeZone) },
              { header: t.unit, cell: (r) => unitName(r.unitId) },
              {
                header: t.state,
                cell: (r) =>
                  r.invalid ? (
                    <>
                      <span class="status invalid">{t.invalid}</span> <span class="muted">{r.invalid.reason}</span>
                    </>
                  ) : (
                    <span class="status published">{t.valid}</span>
                  ),
              },
              {
                header: t.open,
                headerContent: <span class="muted">{t.open}</span>,
                cell: (r) => (
                  <a class="button" href={href(ctx, `${base}/responses/${r.responseId}`)} aria-label={`${r.invalid ? t.restore : t.markInvalid} · ${receiptNumber(r.responseId)}`}>
                    {r.invalid ? t.restore : t.markInvalid}…
                  </a>
                ),
              },
            ]}
          />
        )}
        <p>
          {cursor ? <a href={href(ctx, responsesListPath(survey.id, { ...search, cursor }))}>{t.nextPage}</a> : null}
          {search.cursor ? (
            <>
              {' '}
              <a href={href(ctx, responsesListPath(survey.id, { ...search, cursor: undefined }))}>{t.firstPage}</a>
            </>
          ) : null}
        </p>
      </section>
    </DashboardLayout>
  );
}
