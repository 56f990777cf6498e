// The demand report page: summary in plain words, a chart per question, the unit x topic matrix,
// filters and downloads. Readable on a phone, and prints on A4 with its charts.
import type { Locale } from '../../../shared/i18n/locale.js';
import { localized } from '../../../shared/i18n/locale.js';
import { reportMessages } from '../../../shared/i18n/report-messages.js';
import type { CrossTab, QuestionReport, ReportFilter, SurveyReport } from '../../../shared/report/report-types.js';
import type { TextAnswersPage } from '../../../shared/report/survey-report.js';
import { districtDateTime } from '../../../shared/survey-admin/zoned-time.js';
import type { Survey } from '../../../shared/survey/survey-schema.js';
import { viewOf } from '../../question-views/registry.js';
import { placesOf } from '../../../shared/question-types/ranking.js';
import { DashboardLayout, href, type PageContext } from './dashboard-layout.js';
import { PrintFrame } from './print-frame.js';
import { reportStyle } from './report-style.js';
import { ExportForm } from './export-form.js';

export interface ReportPageProps {
  ctx: PageContext;
  survey: Survey;
  report: SurveyReport;
  filter: ReportFilter;
  matrix: CrossTab | undefined;
  texts: TextAnswersPage[];
  timeZone: string;
  /** When the page was made, for the printed heading (district time). */
  printedAt: Date;
  units: { id: string; label: string; labelEn?: string }[];
  fronts: { id: string; label: string; labelEn?: string }[];
}

function QuestionChart({ q, locale, survey }: { q: QuestionReport; locale: Locale; survey: Survey }) {
  const View = viewOf(q.type).Chart;
  const question = survey.questions.find((x) => x.id === q.questionId);
  return <View report={q} question={question?.type === q.type ? question : undefined} locale={locale} title={localized(locale, q.title, q.titleEn)} />;
}

function heatClass(count: number, max: number): string {
  if (count <= 0 || max <= 0) return 'h0';
  return `h${Math.min(4, 1 + Math.floor((count / max) * 3.999))}`;
}

function Matrix({ table, locale, survey, filter }: { table: CrossTab; locale: Locale; survey: Survey; filter: ReportFilter }) {
  const t = reportMessages(locale);
  const label = (o: { label: string; labelEn?: string }) => localized(locale, o.label, o.labelEn);
  const question = survey.questions.find((q) => q.id === table.questionId);
  // A cut report shows the units inside the cut only (the others can only be 0).
  const rows = table.rows.filter((r) => (filter.unit === undefined || r.id === filter.unit) && (filter.front === undefined || r.front === filter.front));
  const max = Math.max(0, ...rows.flatMap((r) => r.counts));
  const totals = table.columns.map((_, i) => rows.reduce((sum, r) => sum + (r.counts[i] ?? 0), 0));
  const heading = t.matrix(question ? localized(locale, question.title, question.titleEn) : table.questionId);
  return (
    <section class="wide">
      <h2>{heading}</h2>
      {table.columns.length > 4 ? (
        <p class="scroll-hint" id="matrix-hint">
          {t.scrollHint}
        </p>
      ) : null}
      {/* Wider than a phone: the scrolling box takes keyboard focus so it can be scrolled without a pointer. */}
      <div class="scroll" tabindex={0} role="region" aria-label={heading} aria-describedby={table.columns.length > 4 ? 'matrix-hint' : undefined}>
        <table class="heat">
          <thead>
            <tr>
              <th scope="col">{t.unit}</th>
              {table.columns.map((c) => (
                <th scope="col">{label(c)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr data-row={r.id}>
                <th scope="row">{label(r)}</th>
                {r.counts.map((n, i) => (
                  <td class={heatClass(n, max)} data-option={table.columns[i]?.id}>
                    {n}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          {rows.length > 1 ? (
            <tfoot>
              <tr data-row="total">
                <th scope="row">{t.total}</th>
                {totals.map((n, i) => (
                  <td data-option={table.columns[i]?.id}>{n}</td>
                ))}
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
    </section>
  );
}

/** The unit or front a report is cut to, by name (undefined for the whole district). */
function scopeName(filter: ReportFilter, props: Pick<ReportPageProps, 'units' | 'fronts'>, locale: Locale): string | undefined {
  const label = (o: { label: string; labelEn?: string }) => localized(locale, o.label, o.labelEn);
  const unit = filter.unit === undefined ? undefined : props.units.find((u) => u.id === filter.unit);
  const front = filter.front === undefined ? undefined : props.fronts.find((f) => f.id === filter.front);
  const parts = [front ? label(front) : filter.front, unit ? label(unit) : filter.unit].filter((x): x is string => x !== undefined);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

export function ReportPage(props: ReportPageProps) {
  const { ctx, survey, report, filter, matrix, texts, timeZone } = props;
  const locale = ctx.locale;
  const t = reportMessages(locale);
  const label = (o: { label: string; labelEn?: string }) => localized(locale, o.label, o.labelEn);
  const base = `/api/surveys/${survey.id}`;
  const query = new URLSearchParams({ ...(filter.unit ? { unit: filter.unit } : {}), ...(filter.front ? { front: filter.front } : {}), lang: locale }).toString();
  const scope = scopeName(filter, props, locale);
  // Named for what it is (a feedback form's report is not a demand report) and for its cut, on screen and on every printed page.
  const title = [localized(locale, survey.title, survey.titleEn), t.reportOf[survey.kind], ...(scope ? [scope] : [])].join(' · ');
  return (
    <DashboardLayout ctx={ctx} title={title} extraStyle={reportStyle}>
      <PrintFrame heading={`${title} · ${t.printedAt(districtDateTime(props.printedAt.toISOString(), timeZone))}`}>
      <div class="report-body">
      <h1>{title}</h1>
      {scope ? (
        <p>
          <span class="scope">{t.filteredTo(scope)}</span>
        </p>
      ) : null}
      <p>
        <strong>{scope ? t.filteredResponses(scope, report.responses) : t.responses(report.responses)}</strong>
        {report.lastResponseAt ? `，${t.latest(districtDateTime(report.lastResponseAt, timeZone))}` : ''}
        {/* The separators go with the links, so a printed page has no stray dots. */}
        <span class="no-print">
          {' · '}
          <a href={`/admin/surveys/${survey.id}/report?${query}`}>{t.refresh}</a>
          {' · '}
          <a href={href(ctx, `/admin/surveys/${survey.id}`)}>{t.back}</a>
        </span>
      </p>
      <form method="get" action={`/admin/surveys/${survey.id}/report`} class="no-print">
        <div class="row">
          <div>
            <label for="f-unit">{t.unit}</label>
            <select id="f-unit" name="unit">
              <option value="">{t.allUnits}</option>
              {props.units.map((u) => (
                <option value={u.id} selected={filter.unit === u.id}>
                  {label(u)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="f-front">{t.front}</label>
            <select id="f-front" name="front">
              <option value="">{t.allFronts}</option>
              {props.fronts.map((f) => (
                <option value={f.id} selected={filter.front === f.id}>
                  {label(f)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <input type="hidden" name="lang" value={locale} />
        <button type="submit">{t.apply}</button>
      </form>
      <section class="no-print">
        <h2>{t.downloads}</h2>
        <ul>
          <li><a href={`${base}/report.csv?${query}`} download>{t.reportCsv}</a></li>
          {/* No `download`: past its size limit this link becomes an export job and goes to the job's page. */}
          <li><a href={`${base}/responses.csv?lang=${locale}`}>{t.responsesCsv}</a></li>
          <li><a href={`${base}/crosstab.csv?by=unit&lang=${locale}`} download>{t.crossUnit}</a></li>
          <li><a href={`${base}/crosstab.csv?by=front&lang=${locale}`} download>{t.crossFront}</a></li>
        </ul>
      </section>
      <ExportForm surveyId={survey.id} locale={locale} filter={filter} units={props.units} fronts={props.fronts} />
      <section class="wide">
        <h2>{t.summaryOf[survey.kind]}</h2>
        {report.responses === 0 ? (
          <p>{t.none}</p>
        ) : report.summary.length === 0 ? (
          <p>{t.noSummary}</p>
        ) : (
          <ul class="summary">
            {report.summary.map((line) => (
              <li>{line.text}</li>
            ))}
          </ul>
        )}
      </section>
      {report.questions.map((q, i) => {
        const answers = texts.find((x) => x.questionId === q.questionId)?.answers.slice(0, 20) ?? [];
        const question = survey.questions.find((x) => x.id === q.questionId);
        return (
          <section id={`report-q${i}`} data-q={q.questionId}>
            <h2>{`${i + 1}. ${localized(locale, q.title, q.titleEn)}`}</h2>
            <p class="figures">{t.answered(q.answered)}</p>
            <QuestionChart q={q} locale={locale} survey={survey} />
            {question?.type === 'ranking' ? <p class="figures">{t.bordaHelp(placesOf(question))}</p> : null}
            {answers.length > 0 && q.type === 'text' ? (
              <>
                <h3>{t.textAnswers}</h3>
                <ul class="answers">
                  {answers.map((a) => (
                    <li>{a.text}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {/* Write-ins beside the "其他" bar they are counted in: what people wrote, not only how many. */}
            {answers.length > 0 && q.type !== 'text' ? (
              <>
                <h3>{t.writeIns(answers.length)}</h3>
                <ul class="writeins" data-writeins={q.questionId}>
                  {answers.map((a) => (
                    <li>{a.text}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        );
      })}
      {matrix ? <Matrix table={matrix} locale={locale} survey={survey} filter={filter} /> : null}
      </div>
      </PrintFrame>
    </DashboardLayout>
  );
}
