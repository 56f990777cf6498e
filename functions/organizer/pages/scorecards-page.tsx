// The scorecards page (评价): delivered lectures by expert, topic, unit or front over a date range,
// with the mean score per dimension, satisfaction and the trend by quarter. Prints on A4.
import { lectureMessages } from '../../../shared/i18n/lecture-messages.js';
import type { ScorecardGroup, ScorecardRow, ScoreTotals } from '../../../shared/lectures/scorecards.js';
import { SCORECARD_GROUPS } from '../../../shared/lectures/scorecards.js';
import { DIMENSIONS } from '../../../shared/survey/survey-schema.js';
import { DashboardLayout, href, type PageContext } from './dashboard-layout.js';
import { PrintFrame } from './print-frame.js';
import { lectureStyle } from './lecture-style.js';
import { ScoreCell } from './score-cell.js';

export interface ScorecardsPageProps {
  ctx: PageContext;
  by: ScorecardGroup;
  rows: ScorecardRow[];
  range: { from: string; to: string };
  printedAt: string;
}

/** The figures of a scorecard row (or a quarter of one) as table cells. */
export function ScoreColumns({ totals, locale }: { totals: ScoreTotals; locale: PageContext['locale'] }) {
  return (
    <>
      <td class="num">{totals.lectures}</td>
      <td class="num">{totals.attendance}</td>
      <td class="num">{totals.feedback}</td>
      {DIMENSIONS.map((d) => (
        <td class="num">
          <ScoreCell score={totals.scores[d]} byScale={totals.scoresByScale?.[d]} locale={locale} />
        </td>
      ))}
      <td class="num">
        <ScoreCell share={totals.satisfaction} locale={locale} />
      </td>
    </>
  );
}

export function ScoreHeaders({ first, locale }: { first: string; locale: PageContext['locale'] }) {
  const t = lectureMessages(locale);
  return (
    <tr>
      <th scope="col">{first}</th>
      <th scope="col" class="num">{t.lectureCount}</th>
      <th scope="col" class="num">{t.attendance}</th>
      <th scope="col" class="num">{t.feedback}</th>
      {DIMENSIONS.map((d) => (
        <th scope="col" class="num">
          {t.dimension[d]}
        </th>
      ))}
      <th scope="col" class="num">{t.satisfaction}</th>
    </tr>
  );
}

export function ScorecardsPage(props: ScorecardsPageProps) {
  const { ctx, by, rows, range } = props;
  const t = lectureMessages(ctx.locale);
  const title = `${t.scorecards} · ${t.by[by]}`;
  const q = `from=${range.from}&to=${range.to}`;
  return (
    <DashboardLayout ctx={ctx} title={title} extraStyle={lectureStyle}>
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
        <form method="get" action="/admin/scorecards" class="filters no-print">
          {ctx.locale === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
          <input type="hidden" name="by" value={by} />
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
          <a href={`/api/scorecards.csv?by=${by}&${q}`}>{t.scoresCsv}</a>
          <a href={href(ctx, `/admin/programme?${q}`)}>{t.programme}</a>
        </p>
        <p class="help">{t.satisfactionHelp}</p>
        <section>
          <div class="scroll">
            <table>
              <thead>
                <ScoreHeaders first={t.name} locale={ctx.locale} />
              </thead>
              <tbody>
                {rows.length === 0 ? (
                  <tr>
                    <td colspan={8}>{t.noLectures}</td>
                  </tr>
                ) : null}
                {rows.map((row) => (
                  <tr>
                    <th scope="row">{row.label}</th>
                    <ScoreColumns totals={row} locale={ctx.locale} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        {rows.map((row) =>
          row.trend.length > 1 ? (
            <section>
              <h2>{`${row.label} · ${t.trend}`}</h2>
              <div class="scroll">
                <table>
                  <thead>
                    <ScoreHeaders first={t.quarter} locale={ctx.locale} />
                  </thead>
                  <tbody>
                    {row.trend.map((q) => (
                      <tr>
                        <th scope="row">{q.quarter}</th>
                        <ScoreColumns totals={q} locale={ctx.locale} />
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ) : null,
        )}
      </PrintFrame>
    </DashboardLayout>
  );
}
