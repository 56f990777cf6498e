// 年度统计: the year as a department reports it upward: totals, experts against target with mean ratings,
// units against target, units and fronts without a lecture, topics most ordered and best rated, the
// 红花榜; the .xlsx, A4 print, and the year's record (print view and ZIP job). Prints on A4.
import { lectureMessages } from '../../../shared/i18n/lecture-messages.js';
import { yearMessages } from '../../../shared/i18n/record-messages.js';
import { workbenchMessages } from '../../../shared/i18n/workbench-messages.js';
import { districtDateTime } from '../../../shared/kernel/zoned-time.js';
import { HONOUR_ROLL_SIZE, RANKED_MIN_FEEDBACK, type ExpertYear, type HonourLecture, type TopicRated, type UnitYear, type YearStats } from '../../../shared/lectures/year-stats.js';
import { DashboardLayout, href, type PageContext } from './dashboard-layout.js';
import { DataTable, type Column } from './data-table.js';
import { FilterForm } from './filter-form.js';
import { lectureStyle } from './lecture-style.js';
import { PrintButton, PrintFrame } from './print-frame.js';
import { ScoreCell } from './score-cell.js';
import { DIMENSIONS } from '../../../shared/survey/survey-schema.js';

export interface YearPageProps {
  ctx: PageContext;
  stats: YearStats;
  years: number[];
  printedAt: string;
  timeZone: string;
}

function ratingColumns<R extends { feedback: number; scores: ExpertYear['scores']; scoresByScale?: ExpertYear['scoresByScale']; satisfaction?: number }>(locale: PageContext['locale']): Column<R>[] {
  const t = lectureMessages(locale);
  return [
    { header: t.feedback, num: true, cell: (r) => r.feedback },
    ...DIMENSIONS.map((d): Column<R> => ({ header: t.dimension[d] ?? d, num: true, cell: (r) => <ScoreCell score={r.scores[d]} byScale={r.scoresByScale?.[d]} locale={locale} /> })),
    { header: t.satisfaction, num: true, cell: (r) => <ScoreCell share={r.satisfaction} locale={locale} /> },
  ];
}

export function YearPage({ ctx, stats, years, printedAt, timeZone }: YearPageProps) {
  const t = yearMessages(ctx.locale);
  const l = lectureMessages(ctx.locale);
  const title = t.title(stats.year);
  const met = (m: boolean | undefined) => (m === undefined ? <span class="muted">{t.noTarget}</span> : m ? t.metYes : <strong>{t.metNo}</strong>);
  const expertColumns: Column<ExpertYear>[] = [
    { header: t.expert, key: true, cell: (e) => e.name },
    { header: t.target, num: true, cell: (e) => e.target ?? '' },
    { header: t.done, num: true, cell: (e) => e.delivered },
    { header: t.scheduled, num: true, cell: (e) => e.scheduled },
    { header: t.met, cell: (e) => met(e.met) },
    ...ratingColumns<ExpertYear>(ctx.locale),
  ];
  const unitColumns: Column<UnitYear>[] = [
    { header: t.unit, key: true, cell: (u) => u.name },
    { header: t.front, cell: (u) => u.frontName },
    { header: t.target, num: true, cell: (u) => u.target ?? '' },
    { header: t.received, num: true, cell: (u) => u.received },
    { header: t.scheduled, num: true, cell: (u) => u.scheduled },
    { header: t.met, cell: (u) => met(u.met) },
  ];
  const topicColumns: Column<TopicRated>[] = [{ header: t.topic, key: true, cell: (x) => x.title }, { header: t.lectures, num: true, cell: (x) => x.lectures }, ...ratingColumns<TopicRated>(ctx.locale)];
  const honourColumns: Column<HonourLecture>[] = [
    { header: t.topic, key: true, cell: (h) => <a href={href(ctx, `/admin/lectures/${h.lectureId}`)}>{h.topicTitle}</a> },
    { header: t.date, cell: (h) => districtDateTime(h.startsAt, timeZone).slice(0, 10) },
    { header: t.expert, cell: (h) => h.expertName },
    { header: t.unit, cell: (h) => h.units.join('、') },
    ...ratingColumns<HonourLecture>(ctx.locale),
  ];
  const q = `year=${stats.year}`;
  return (
    <DashboardLayout ctx={ctx} title={title} extraStyle={lectureStyle} printable>
      <PrintFrame heading={`${title} · ${l.printed(printedAt)}`}>
        <h1>{title}</h1>
        <FilterForm ctx={ctx} action="/admin/year" legend={t.year} submit={t.show} fields={[{ kind: 'select', name: 'year', label: t.year, choices: years.map((y) => ({ id: String(y), label: String(y) })), value: String(stats.year) }]}>
          <p class="links">
            <PrintButton label={workbenchMessages(ctx.locale).print} />
            <a href={`/api/year-stats.xlsx?${q}`} download>
              {t.xlsx}
            </a>
            <a href={href(ctx, `/admin/year/record?${q}`)}>{t.book}</a>
          </p>
        </FilterForm>
        <form method="post" action={href(ctx, `/admin/year/record/export?${q}`)} class="no-print">
          <button type="submit" class="secondary">
            {t.zip}
          </button>
          <p class="help">{t.zipHelp}</p>
        </form>
        <div class="kpis">
          <div class="kpi">
            <strong>{stats.totals.delivered}</strong>
            {t.delivered}
          </div>
          <div class="kpi">
            <strong>{stats.totals.scheduled}</strong>
            {t.scheduled}
          </div>
          <div class="kpi">
            <strong>{stats.totals.attendance}</strong>
            {t.attendance}
          </div>
          <div class="kpi">
            <strong>{stats.totals.signIns}</strong>
            {t.signIns}
          </div>
          <div class="kpi">
            <strong>{stats.totals.feedback}</strong>
            {t.feedback}
          </div>
        </div>
        <section aria-labelledby="y-experts">
          <h2 id="y-experts">{t.experts}</h2>
          <DataTable rows={stats.experts} columns={expertColumns} empty={t.noData} rowAttrs={(e) => ({ 'data-expert': e.expertId })} />
        </section>
        <section aria-labelledby="y-honour">
          <h2 id="y-honour">{t.honourRoll}</h2>
          <p class="help">{t.honourHelp(RANKED_MIN_FEEDBACK)}</p>
          <DataTable rows={stats.honourRoll.slice(0, HONOUR_ROLL_SIZE)} columns={honourColumns} empty={t.noData} />
        </section>
        <section aria-labelledby="y-without">
          <h2 id="y-without">{t.without}</h2>
          <h3>{t.frontsWithout}</h3>
          <p data-fronts-without>{stats.frontsWithout.length === 0 ? t.none : stats.frontsWithout.map((f) => f.name).join('、')}</p>
          <h3>{t.unitsWithout}</h3>
          {stats.unitsWithout.length === 0 ? (
            <p>{t.none}</p>
          ) : (
            <ul class="plain-list" data-units-without>
              {stats.unitsWithout.map((u) => (
                <li>{`${u.name}（${u.frontName}）`}</li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="y-units">
          <h2 id="y-units">{t.units}</h2>
          <DataTable rows={stats.units} columns={unitColumns} empty={t.noData} />
        </section>
        <section aria-labelledby="y-ordered">
          <h2 id="y-ordered">{t.topicsOrdered}</h2>
          <DataTable
            rows={stats.topicsOrdered}
            empty={t.noData}
            columns={[
              { header: t.topic, key: true, cell: (x) => x.title },
              { header: t.orders, num: true, cell: (x) => x.orders },
              { header: t.delivered, num: true, cell: (x) => x.delivered },
            ]}
          />
        </section>
        <section aria-labelledby="y-rated">
          <h2 id="y-rated">{t.topicsBestRated}</h2>
          <p class="help">{t.rankHelp(RANKED_MIN_FEEDBACK)}</p>
          <DataTable rows={stats.topicsBestRated} columns={topicColumns} empty={t.noData} />
        </section>
        <p class="help">{l.satisfactionHelp}</p>
      </PrintFrame>
    </DashboardLayout>
  );
}
