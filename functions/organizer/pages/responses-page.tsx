// A survey's responses, newest first: search by receipt number, unit and day; each opens its own page.
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import { responseMessages } from '../../../shared/i18n/response-messages.js';
import { localized } from '../../../shared/i18n/locale.js';
import { surveyUnits } from '../../../shared/report/crosstab.js';
import type { ResponseSearchInput } from '../../../shared/responses/response-search.js';
import { receiptNumber } from '../../../shared/responses/receipt.js';
import type { StoredResponse } from '../../../shared/storage/ports.js';
import { districtDateTime } from '../../../shared/survey-admin/zoned-time.js';
import type { Survey } from '../../../shared/survey/survey-schema.js';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';

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
      <form method="get" action={`${base}/responses`}>
        <fieldset class="box">
          <legend>{t.search}</legend>
          {ctx.locale === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
          <div class="row">
            <div>
              <label for="receipt">{t.receipt}</label>
              <input type="search" id="receipt" name="receipt" value={search.receipt ?? ''} maxlength={40} autocomplete="off" />
            </div>
            {units.length > 0 ? (
              <div>
                <label for="unit">{t.unit}</label>
                <select id="unit" name="unit">
                  <option value="">{t.allUnits}</option>
                  {units.map((u) => (
                    <option value={u.id} selected={search.unit === u.id}>
                      {localized(ctx.locale, u.label, u.labelEn)}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <div>
              <label for="from">{t.from}</label>
              <input type="date" id="from" name="from" value={search.from ?? ''} />
            </div>
            <div>
              <label for="to">{t.to}</label>
              <input type="date" id="to" name="to" value={search.to ?? ''} />
            </div>
          </div>
          <button type="submit">{t.search}</button>
        </fieldset>
      </form>
      <section aria-labelledby="list">
        <h2 id="list">{t.responsesList}</h2>
        {responses.length === 0 ? (
          <p>{t.noResponses}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t.receipt}</th>
                <th scope="col">{t.submittedAt}</th>
                <th scope="col">{t.unit}</th>
                <th scope="col">{t.state}</th>
                <th scope="col">
                  <span class="muted">{t.open}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {responses.map((r) => (
                <tr>
                  <td>
                    <code>{receiptNumber(r.responseId)}</code>
                  </td>
                  <td>{districtDateTime(r.submittedAt, timeZone)}</td>
                  <td>{unitName(r.unitId)}</td>
                  <td>
                    {r.invalid ? (
                      <>
                        <span class="status invalid">{t.invalid}</span> <span class="muted">{r.invalid.reason}</span>
                      </>
                    ) : (
                      <span class="status published">{t.valid}</span>
                    )}
                  </td>
                  <td>
                    <a class="button" href={href(ctx, `${base}/responses/${r.responseId}`)} aria-label={`${r.invalid ? t.restore : t.markInvalid} · ${receiptNumber(r.responseId)}`}>
                      {r.invalid ? t.restore : t.markInvalid}…
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
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
