// The year's pages: 年度统计 (/admin/year), the year's record on A4 (/admin/year/record), and the form
// that starts the record's ZIP job (to the job's page, as exports do).
import { requestLocale } from '../../http/error-handler.js';
import { renderPage } from '../../http/render.js';
import { loadYearBook } from '../../../shared/records/year-book.js';
import { districtDateTime } from '../../../shared/kernel/zoned-time.js';
import type { OrganizerDeps } from '../deps.js';
import { exportLinks, startYearRecord } from '../export-jobs.js';
import { formFields, pageContext } from '../page-context.js';
import { href } from '../pages/dashboard-layout.js';
import { YearBookPage } from '../pages/year-book-page.js';
import { YearPage } from '../pages/year-page.js';
import { register, type OrganizerApp } from '../register-route.js';
import { askedYear, offeredYears, yearStatsOf } from '../year-deps.js';

export function yearPages(app: OrganizerApp, deps: OrganizerDeps): void {
  const printedAt = () => districtDateTime(deps.clock.now().toISOString(), deps.timeZone).slice(0, 16).replace('T', ' ');

  register(app, deps, 'GET /admin/year', async (c) => {
    const stats = await yearStatsOf(deps, askedYear(c, deps));
    return renderPage(c, <YearPage ctx={pageContext(c)} stats={stats} years={offeredYears(deps)} printedAt={printedAt()} timeZone={deps.timeZone} />);
  });

  register(app, deps, 'GET /admin/year/record', async (c) => {
    const year = askedYear(c, deps);
    const [entries, catalogue] = await Promise.all([loadYearBook({ lectures: deps.store.lectures, records: deps.store.records }, year, deps.timeZone), deps.store.catalogue.load()]);
    return renderPage(c, <YearBookPage ctx={pageContext(c)} year={year} entries={entries} catalogue={catalogue} timeZone={deps.timeZone} printedAt={printedAt()} />);
  });

  register(app, deps, 'POST /admin/year/record/export', async (c) => {
    await formFields(c);
    const job = await startYearRecord(deps, c, askedYear(c, deps), requestLocale(c));
    return c.redirect(href(pageContext(c), exportLinks(job.exportId).page), 303);
  });
}
