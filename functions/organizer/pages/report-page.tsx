// The demand report page: summary in plain words, a chart per question, the unit x topic matrix,
// filters and downloads. Readable on a phone, and prints on A4 with its charts.
import type { Locale } from '../../../shared/kernel/locale.js';
import { localized } from '../../../shared/kernel/locale.js';
import { reportMessages } from '../../../shared/i18n/report-messages.js';
import type { CrossTab, QuestionReport, ReportFilter, SurveyReport } from '../../../shared/report/report-types.js';
import type { TextAnswersPage } from '../../../shared/report/survey-report.js';
import { districtDateTime } from '../../../shared/kernel/zoned-time.js';
import type { Survey } from '../../../shared/survey/survey-schema.js';
import { viewOf } from '../../question-views/registry.js';
import { placesOf } from '../../../shared/question-types/ranking.js';
import { DashboardLayout, href, type PageContext } from './dashboard-layout.js';
import { PrintButton, PrintFrame } from './print-frame.js';
import { DataTable } from './data-table.js';
import { FilterForm } from './filter-form.js';
import { reportScopeName, reportTitle } from '../../../shared/report/report-title.js';
import { workbenchMessages } from '../../../shared/i18n/workbench-messages.js';
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
  /** The units and fronts the reader may choose between (a cut reader: its own fronts' only). */
  units: { id: string; label: string; labelEn?: string }[];
  fronts: { id: string; label: string; labelEn?: string }[];
  /** A front-limited reader's cut of the district's survey: no whole-district choice, no raw responses. */
  cut?: boolean;
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

function Matrix({ table, locale, survey }: { table: CrossTab; locale: Locale; survey: Survey }) {
  const t = reportMessages(locale);
  const label = (o: { label: string; labelEn?: string }) => localized(locale, o.label, o.labelEn);
  const question = survey.questions.find((q) => q.id === table.questionId);
  const rows = table.rows;
  const max = Math.max(0, ...rows.flatMap((r) => r.counts));
  const totals = { id: 'total', label: t.total, counts: table.columns.map((_, i) => rows.reduce((sum, r) => sum + (r.counts[i] ?? 0), 0)) };
  const heading = t.matrix(question ? localized(locale, question.title, question.titleEn) : table.questionId);
  const hint = table.columns.length > 4;
  type Row = { id: string; label: string; labelEn?: string; counts: number[] };
  return (
    <section class="wide">
      <h2>{heading}</h2>
      {hint ? (
        <p class="scroll-hint" id="matrix-hint">
          {t.scrollHint}
        </p>
      ) : null}
      {/* A grid read across: on a phone it scrolls in its own box, the unit names kept in view. */}
      <DataTable<Row>
        phone="scroll"
        class="heat"
        label={heading}
        describedBy={hint ? 'matrix-hint' : undefined}
        rows={rows}
        foot={rows.length > 1 ? totals : undefined}
        rowAttrs={(r) => ({ 'data-row': r.id })}
        columns={[
          { header: t.unit, key: true, cell: (r) => label(r) },
          ...table.columns.map((c, i) => ({
            header: label(c),
            cell: (r: Row) => r.counts[i] ?? 0,
            cellAttrs: (r: Row) => ({ 'data-option': c.id, class: r.id === 'total' ? undefined : heatClass(r.counts[i] ?? 0, max) }),
          })),
        ]}
      />
    </section>
  );
}

export function ReportPage(props: ReportPageProps) {
  const { ctx, survey, report, filter, matrix, texts, timeZone, cut } = props;
  const locale = ctx.locale;
  const t = reportMessages(locale);
  const label = (o: { label: string; labelEn?: string }) => localized(locale, o.label, o.labelEn);
  const base = `/api/surveys/${survey.id}`;
  const query = new URLSearchParams({ ...(filter.unit ? { unit: filter.unit } : {}), ...(filter.front ? { front: filter.front } : {}), lang: locale }).toString();
  const scope = reportScopeName(survey, filter, locale);
  // Named for what it is and for its cut, on screen and on every printed page.
  const title = reportTitle(survey, filter, locale);
  const File = ({ path, text, help, download = true }: { path: string; text: string; help: string; download?: boolean }) => (
    <li>
      {download ? (
        <a href={path} download>
          {text}
        </a>
      ) : (
        <a href={path}>{text}</a>
      )}
      <p class="help">{help}</p>
    </li>
  );
  return (
    <DashboardLayout ctx={ctx} title={title} extraStyle={reportStyle} printable>
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
          {cut ? null : (
            <>
              {' · '}
              <a href={href(ctx, `/admin/surveys/${survey.id}`)}>{t.back}</a>
            </>
          )}
        </span>
      </p>
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
      <FilterForm
        ctx={ctx}
        action={`/admin/surveys/${survey.id}/report`}
        legend={t.filter}
        submit={t.apply}
        fields={[
          { kind: 'select', name: 'unit', label: t.unit, any: t.allUnits, value: filter.unit, choices: props.units.map((u) => ({ id: u.id, label: label(u) })) },
          { kind: 'select', name: 'front', label: t.front, ...(cut ? {} : { any: t.allFronts }), value: filter.front, choices: props.fronts.map((f) => ({ id: f.id, label: label(f) })) },
        ]}
      />
      <section class="no-print downloads-box" aria-labelledby="downloads-h">
        <h2 id="downloads-h">{t.downloads}</h2>
        <ul class="downloads">
          <File path={`${base}/report.xlsx?${query}`} text={t.reportXlsx} help={t.fileHelp.xlsx} />
          <File path={`${base}/report.csv?${query}`} text={t.reportCsv} help={t.fileHelp.reportCsv} />
          {cut ? null : (
            <>
              {/* No `download`: past its size limit this link becomes an export job and goes to the job's page. */}
              <File path={`${base}/responses.csv?lang=${locale}`} text={t.responsesCsv} help={t.fileHelp.responsesCsv} download={false} />
              <File path={`${base}/crosstab.csv?by=unit&lang=${locale}`} text={t.crossUnit} help={t.fileHelp.crossUnit} />
              <File path={`${base}/crosstab.csv?by=front&lang=${locale}`} text={t.crossFront} help={t.fileHelp.crossFront} />
            </>
          )}
          <li>
            <PrintButton label={workbenchMessages(locale).print} />
            <p class="help">{t.fileHelp.print}</p>
          </li>
        </ul>
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
      {matrix ? <Matrix table={matrix} locale={locale} survey={survey} /> : null}
      {cut ? null : <ExportForm surveyId={survey.id} locale={locale} filter={filter} units={props.units} fronts={props.fronts} />}
      </div>
      </PrintFrame>
    </DashboardLayout>
  );
}
