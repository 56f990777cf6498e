// The catalogue import page: upload, then a preview of every row (nothing written yet), then "import now",
// which posts the same file back (carried in the form) for the server to plan again and apply.
import type { ImportReport } from '../../../shared/catalogue-admin/import-report.js';
import { catalogueLabels } from '../../../shared/i18n/catalogue-labels.js';
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import { catalogueStyle } from './catalogue-style.js';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';
import { DataTable } from './data-table.js';

function ReportTable({ ctx, report }: { ctx: PageContext; report: ImportReport }) {
  const l = catalogueLabels(ctx.locale);
  return (
    <DataTable
      label={report.applied ? l.appliedTitle : l.previewTitle}
      // What the import will change first (new, changed, refused), then the rows it leaves as they are.
      rows={[...report.rows].sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome])}
      rowAttrs={(row) => ({ class: row.outcome })}
      columns={[
        { header: l.sheet, cell: (row) => row.sheet },
        { header: l.row, num: true, cell: (row) => row.row },
        { header: l.section, cell: (row) => row.section ?? '' },
        { header: l.record, key: true, cell: (row) => row.name },
        { header: l.outcome, cell: (row) => <strong>{l.outcomes[row.outcome]}</strong> },
        { header: l.reason, cell: (row) => (row.outcome === 'change' ? l.changed(row.changes.join('、')) : row.reasons.join('；')) },
      ]}
    />
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
