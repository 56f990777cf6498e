// The scorecards page (评价): delivered lectures by expert, topic, unit or front over a date range,
// with the mean score per dimension, satisfaction and the trend by quarter. Prints on A4.
import { lectureMessages } from '../../../shared/i18n/lecture-messages.js';
import { workbenchMessages } from '../../../shared/i18n/workbench-messages.js';
import type { ScorecardGroup, ScorecardRow, ScoreTotals } from '../../../shared/lectures/scorecards.js';
import { SCORECARD_GROUPS } from '../../../shared/lectures/scorecards.js';
import { DIMENSIONS } from '../../../shared/survey/survey-schema.js';
import { DashboardLayout, href, type PageContext } from './dashboard-layout.js';
import { PrintButton, PrintFrame } from './print-frame.js';
import { DataTable, type Column } from './data-table.js';
import { FilterForm } from './filter-form.js';
import { lectureStyle } from './lecture-style.js';
import { ScoreCell } from './score-cell.js';

export interface ScorecardsPageProps {
  ctx: PageContext;
  by: ScorecardGroup;
  rows: ScorecardRow[];
  range: { from: string; to: string };
  printedAt: string;
}

/** A scorecard's columns after its first (a name or a quarter): lectures, people, feedback, each dimension, satisfaction. */
export function scoreColumns<R extends ScoreTotals>(first: Column<R>, locale: PageContext['locale']): Column<R>[] {
  const t = lectureMessages(locale);
  return [
    first,
    { header: t.lectureCount, num: true, cell: (r) => r.lectures },
    { header: t.attendance, num: true, cell: (r) => r.attendance },
    { header: t.signIns, num: true, cell: (r) => r.signIns },
    { header: t.feedback, num: true, cell: (r) => r.feedback },
    ...DIMENSIONS.map((d): Column<R> => ({ header: t.dimension[d] ?? d, num: true, cell: (r) => <ScoreCell score={r.scores[d]} byScale={r.scoresByScale?.[d]} locale={locale} /> })),
    { header: t.satisfaction, num: true, cell: (r) => <ScoreCell share={r.satisfaction} locale={locale} /> },
  ];
}

export function ScorecardsPage(props: ScorecardsPageProps) {
  const { ctx, by, rows, range } = props;
  const t = lectureMessages(ctx.locale);
  const title = `${t.scorecards} · ${t.by[by]}`;
  const q = `from=${range.from}&to=${range.to}`;
  return (
    <DashboardLayout ctx={ctx} title={title} extraStyle={lectureStyle} printable>
      <PrintFrame heading={`${title} · ${t.range(range.from, range.to)} · ${t.printed(props.printedAt)}`}>
        <h1>{title}</h1>
        <p>{t.range(range.from, range.to)}</p>
        <nav class="tabs" aria-label={t.scorecards}>
          {SCORECARD_GROUPS.map((g) => (
            <a href={href(ctx, `/admin/scorecards?by=${g}&${q}`)} aria-current={g === by ? 'page' : undefined}>
              {t.by[g]}
            </a>
          ))}
        </nav>
        <FilterForm ctx={ctx} action="/admin/scorecards" legend={t.filter} submit={t.filter} keep={{ by }} fields={[{ kind: 'dates', from: range.from, to: range.to, labels: { from: t.from, to: t.to } }]}>
          <p class="links">
            <PrintButton label={workbenchMessages(ctx.locale).print} />
            <a href={`/api/scorecards.csv?by=${by}&${q}`}>{t.scoresCsv}</a>
            <a href={href(ctx, `/admin/programme?${q}`)}>{t.programme}</a>
          </p>
        </FilterForm>
        <section>
          <DataTable rows={rows} empty={t.noLectures} columns={scoreColumns<ScorecardRow>({ header: t.name, key: true, cell: (row) => row.label }, ctx.locale)} />
        </section>
        <p class="help">{t.satisfactionHelp}</p>
        {rows.map((row) =>
          row.trend.length > 1 ? (
            <section>
              <h2>{`${row.label} · ${t.trend}`}</h2>
              <DataTable rows={row.trend} columns={scoreColumns<ScorecardRow['trend'][number]>({ header: t.quarter, key: true, cell: (q) => q.quarter }, ctx.locale)} />
            </section>
          ) : null,
        )}
      </PrintFrame>
    </DashboardLayout>
  );
}
