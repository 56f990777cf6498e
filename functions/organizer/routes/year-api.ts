// 年度统计 and the year's record over the API: the year's figures (JSON, .xlsx) and the year's record
// as a ZIP made by an export job.
import { yearStatsXlsx } from '../../../shared/lectures/year-stats-xlsx.js';
import { yearMessages } from '../../../shared/i18n/record-messages.js';
import { YearRecordRequestSchema } from '../year-record-request.js';
import { requestLocale } from '../../http/error-handler.js';
import { parseBody, readJson } from '../../http/json-body.js';
import { xlsxResponse } from '../csv-response.js';
import type { OrganizerDeps } from '../deps.js';
import { exportLinks, startYearRecord } from '../export-jobs.js';
import { register, type OrganizerApp } from '../register-route.js';
import { askedYear, yearStatsOf } from '../year-deps.js';
import { downloadName } from '../../../shared/report/download-name.js';


export function yearApi(app: OrganizerApp, deps: OrganizerDeps): void {
  register(app, deps, 'GET /api/year-stats', async (c) => c.json(await yearStatsOf(deps, askedYear(c, deps))));

  register(app, deps, 'GET /api/year-stats.xlsx', async (c) => {
    const stats = await yearStatsOf(deps, askedYear(c, deps));
    const locale = requestLocale(c);
    const body = await yearStatsXlsx(stats, deps.timeZone, locale);
    return xlsxResponse(c, downloadName(yearMessages(locale).title(stats.year), '', deps.clock.now(), deps.timeZone, 'xlsx'), body, `year-stats-${stats.year}.xlsx`);
  });

  register(app, deps, 'POST /api/year-record/exports', async (c) => {
    const request = parseBody(YearRecordRequestSchema, await readJson(c));
    const job = await startYearRecord(deps, c, request.year, request.lang ?? requestLocale(c));
    return c.json({ exportId: job.exportId, status: job.status, ...exportLinks(job.exportId) }, 202);
  });
}
