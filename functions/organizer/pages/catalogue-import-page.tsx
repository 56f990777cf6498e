// The catalogue import page: upload, then a preview of every row (nothing written yet), then "import now",
// which posts the same file back (carried in the form) for the server to plan again and apply.
import type { ImportReport } from '../../../shared/catalogue/import-report.js';
import { catalogueLabels } from '../../../shared/i18n/catalogue-labels.js';
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import { catalogueStyle } from './catalogue-style.js';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';

function ReportTable({ ctx, report }: { ctx: PageContext; report: ImportReport }) {
  const l = catalogueLabels(ctx.locale);
  return (
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">{report.applied ? l.appliedTitle : l.previewTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{l.sheet}</th>
            <th scope="col">{l.row}</th>
            <th scope="col">{l.section}</th>
            <th scope="col">{l.record}</th>
            <th scope="col">{l.outcome}</th>
            <th scope="col">{l.reason}</th>
          </tr>
        </thead>
        <tbody>
          {/* What the import will change first (new, changed, refused), then the rows it leaves as they are. */}
          {[...report.rows].sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome]).map((row) => (
            <tr class={row.outcome}>
              <td>{row.sheet}</td>
              <td>{row.row}</td>
              <td>{row.section ?? ''}</td>
              <td>{row.name}</td>
              <td>
                <strong>{l.outcomes[row.outcome]}</strong>
              </td>
              <td>{row.outcome === 'change' ? l.changed(row.changes.join('、')) : row.reasons.join('；')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}


/** The preview's order: rows that change something first, unchanged rows last (sort is stable: file order within). */
const OUTCOME_ORDER: Record<ImportReport["rows"][number]["outcome"], number> = { add: 0, change: 1, refuse: 2, same: 3 };
export function CatalogueImportPage({ ctx, report, content, problems }: { ctx: PageContext; report?: ImportReport; content?: string; problems?: string[] }) {
  const t = dashboardMessages(ctx.locale);
  const l = catalogueLabels(ctx.locale);
  const pending = report && !report.applied ? report.counts.add + report.counts.change : 0;
  return (
    <DashboardLayout ctx={ctx} title={l.importTitle} extraStyle={catalogueStyle}>
      <p class="no-print">
        <a href={href(ctx, '/admin/catalogue')}>← {l.cancel}</a>
      </p>
      <h1>{l.importTitle}</h1>
      <Problems title={t.problems} items={problems ?? []} />
      {report ? (
        <section aria-labelledby="h-report">
          <h2 id="h-report">{report.applied ? l.appliedTitle : l.previewTitle}</h2>
          <p role="status">{l.counts(report.counts)}</p>
          {report.counts.refuse > 0 ? <p class="help">{l.refusedNotApplied}</p> : null}
          <ReportTable ctx={ctx} report={report} />
          {report.applied ? null : pending > 0 && content ? (
            <form method="post" action={href(ctx, '/admin/catalogue-import')}>
              <input type="hidden" name="content" value={content} />
              <input type="hidden" name="apply" value="1" />
              <button type="submit">{l.apply}</button>
            </form>
          ) : (
            <p class="notice">{l.nothingToApply}</p>
          )}
        </section>
      ) : null}
      <form method="post" action={href(ctx, '/admin/catalogue-import')} enctype="multipart/form-data">
        <fieldset class="box">
          <legend>{l.importTitle}</legend>
          <p class="help">{l.importHelp}</p>
          <label for="import-file">{l.file}</label>
          <input id="import-file" name="file" type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required />
          <button type="submit">{l.preview}</button>
        </fieldset>
      </form>
      <section aria-labelledby="h-columns">
        <h2 id="h-columns">{l.importExport}</h2>
        <p class="help">{l.columnsHelp}</p>
        <p>
          <a href="/api/catalogue.xlsx">{l.exportXlsx}</a>
          {' · '}
          <a href="/api/catalogue.csv">{l.exportCsv}</a>
        </p>
      </section>
    </DashboardLayout>
  );
}
