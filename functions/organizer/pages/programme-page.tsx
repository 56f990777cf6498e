// The programme summary (宣讲统计): delivered lectures, people and units reached, by front, theme and
// month, and the trend by quarter with its scores. Prints on A4.
import { lectureMessages } from '../../../shared/i18n/lecture-messages.js';
import { workbenchMessages } from '../../../shared/i18n/workbench-messages.js';
import type { ProgrammeSummary, SummaryBucket } from '../../../shared/lectures/programme-summary.js';
import type { ScoreTotals } from '../../../shared/lectures/scorecards.js';
import { DashboardLayout, href, type PageContext } from './dashboard-layout.js';
import { PrintButton, PrintFrame } from './print-frame.js';
import { lectureStyle } from './lecture-style.js';
import { scoreColumns } from './scorecards-page.js';
import { DataTable } from './data-table.js';
import { FilterForm } from './filter-form.js';

export interface ProgrammePageProps {
  ctx: PageContext;
  summary: ProgrammeSummary;
  trend: ({ quarter: string } & ScoreTotals)[];
  range: { from: string; to: string };
  printedAt: string;
}

function Buckets({ title, first, buckets, ctx }: { title: string; first: string; buckets: SummaryBucket[]; ctx: PageContext }) {
  const t = lectureMessages(ctx.locale);
  const most = Math.max(1, ...buckets.map((b) => b.lectures));
  return (
    <section>
      <h2>{title}</h2>
      <DataTable
        rows={buckets}
        columns={[
          { header: first, key: true, cell: (b) => b.label },
          { header: t.lectureCount, num: true, cell: (b) => b.lectures },
          { header: t.attendance, num: true, cell: (b) => b.attendance },
          { header: t.signIns, num: true, cell: (b) => b.signIns },
          {
            header: t.barColumn,
            headerContent: <span class="sr">{t.barColumn}</span>,
            class: 'bar-cell',
            cellAttrs: () => ({ 'aria-hidden': 'true' }),
            cell: (b) => (
              <svg width="100%" height="10" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                <rect width={String(Math.round((b.lectures / most) * 100))} height="10" fill="#a61b1b" />
              </svg>
            ),
          },
        ]}
      />
    </section>
  );
}

export function ProgrammePage({ ctx, summary, trend, range, printedAt }: ProgrammePageProps) {
  const t = lectureMessages(ctx.locale);
  const q = `from=${range.from}&to=${range.to}`;
  return (
    <DashboardLayout ctx={ctx} title={t.programme} extraStyle={lectureStyle} printable>
      <PrintFrame heading={`${t.programme} · ${t.range(range.from, range.to)} · ${t.printed(printedAt)}`}>
        <h1>{t.programme}</h1>
        <p>{t.range(range.from, range.to)}</p>
        <FilterForm ctx={ctx} action="/admin/programme" legend={t.filter} submit={t.filter} fields={[{ kind: 'dates', from: range.from, to: range.to, labels: { from: t.from, to: t.to } }]}>
          <p class="links">
            <PrintButton label={workbenchMessages(ctx.locale).print} />
            <a href={`/api/lectures.csv?${q}`}>{t.csv}</a>
            <a href={href(ctx, `/admin/scorecards?${q}`)}>{t.scorecards}</a>
          </p>
        </FilterForm>
        <div class="kpis">
          <p class="kpi">
            <strong>{summary.lectures}</strong>
            {t.lectureCount}
          </p>
          <p class="kpi">
            <strong>{summary.attendance}</strong>
            {t.peopleReached}
          </p>
          <p class="kpi">
            <strong>{summary.signIns}</strong>
            {t.signIns}
          </p>
          <p class="kpi">
            <strong>{summary.unitsReached}</strong>
            {t.unitsReached}
          </p>
        </div>
        <section>
          <h2>{t.trend}</h2>
          <DataTable rows={trend} columns={scoreColumns<ProgrammePageProps['trend'][number]>({ header: t.quarter, key: true, cell: (row) => row.quarter }, ctx.locale)} />
        </section>
        <Buckets title={t.byFront} first={t.front} buckets={summary.byFront} ctx={ctx} />
        <Buckets title={t.byTheme} first={t.theme} buckets={summary.byTheme} ctx={ctx} />
        <Buckets title={t.byMonth} first={t.month} buckets={summary.byMonth} ctx={ctx} />
      </PrintFrame>
    </DashboardLayout>
  );
}
