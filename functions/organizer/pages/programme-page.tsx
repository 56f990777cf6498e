// The programme summary (宣讲统计): delivered lectures, people and units reached, by front, theme and
// month, and the trend by quarter with its scores. Prints on A4.
import { lectureMessages } from '../../../shared/i18n/lecture-messages.js';
import type { ProgrammeSummary, SummaryBucket } from '../../../shared/lectures/programme-summary.js';
import type { ScoreTotals } from '../../../shared/lectures/scorecards.js';
import { DashboardLayout, href, type PageContext } from './dashboard-layout.js';
import { PrintFrame } from './print-frame.js';
import { lectureStyle } from './lecture-style.js';
import { ScoreColumns, ScoreHeaders } from './scorecards-page.js';

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
      <table>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            <th scope="col" class="num">{t.lectureCount}</th>
            <th scope="col" class="num">{t.attendance}</th>
            <th scope="col">
              <span class="sr">{t.barColumn}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((b) => (
            <tr>
              <th scope="row">{b.label}</th>
              <td class="num">{b.lectures}</td>
              <td class="num">{b.attendance}</td>
              <td aria-hidden="true">
                <svg width="100%" height="10" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                  <rect width={String(Math.round((b.lectures / most) * 100))} height="10" fill="#a61b1b" />
                </svg>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ProgrammePage({ ctx, summary, trend, range, printedAt }: ProgrammePageProps) {
  const t = lectureMessages(ctx.locale);
  const q = `from=${range.from}&to=${range.to}`;
  return (
    <DashboardLayout ctx={ctx} title={t.programme} extraStyle={lectureStyle}>
      <PrintFrame heading={`${t.programme} · ${t.range(range.from, range.to)} · ${t.printed(printedAt)}`}>
        <h1>{t.programme}</h1>
        <p>{t.range(range.from, range.to)}</p>
        <form method="get" action="/admin/programme" class="filters no-print">
          {ctx.locale === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
          <div>
            <label for="f-from">{t.from}</label>
            <input type="date" id="f-from" name="from" value={range.from} />
          </div>
          <div>
            <label for="f-to">{t.to}</label>
            <input type="date" id="f-to" name="to" value={range.to} />
          </div>
          <div>
            <button type="submit">{t.filter}</button>
          </div>
        </form>
        <p class="links no-print">
          <a href={`/api/lectures.csv?${q}`}>{t.csv}</a>
          <a href={href(ctx, `/admin/scorecards?${q}`)}>{t.scorecards}</a>
        </p>
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
            <strong>{summary.unitsReached}</strong>
            {t.unitsReached}
          </p>
        </div>
        <section>
          <h2>{t.trend}</h2>
          <div class="scroll">
            <table>
              <thead>
                <ScoreHeaders first={t.quarter} locale={ctx.locale} />
              </thead>
              <tbody>
                {trend.map((row) => (
                  <tr>
                    <th scope="row">{row.quarter}</th>
                    <ScoreColumns totals={row} locale={ctx.locale} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <Buckets title={t.byFront} first={t.front} buckets={summary.byFront} ctx={ctx} />
        <Buckets title={t.byTheme} first={t.theme} buckets={summary.byTheme} ctx={ctx} />
        <Buckets title={t.byMonth} first={t.month} buckets={summary.byMonth} ctx={ctx} />
      </PrintFrame>
    </DashboardLayout>
  );
}
