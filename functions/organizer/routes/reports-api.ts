// The demand report as JSON and CSV: read from counters; raw responses streamed page by page.
import { reportWorkbook, reportXlsx } from '../../../shared/report/report-xlsx.js';
import { reportMessages } from '../../../shared/i18n/report-messages.js';
import { downloadName } from '../../../shared/report/download-name.js';
import { INLINE_EXPORT_MAX_BYTES, measureChunks } from '../../../shared/report/export-files.js';
import { crossTabCsv, reportCsv } from '../../../shared/report/report-csv.js';
import { responsePages } from '../../../shared/report/response-pages.js';
import { responsesCsv } from '../../../shared/report/responses-csv.js';
import { surveyCrossTab, surveyReport, textAnswers, reportSurvey } from '../../../shared/report/survey-report.js';
import { surveyFronts } from '../../../shared/report/crosstab.js';
import { localized } from '../../../shared/kernel/locale.js';
import { requestLocale } from '../../http/error-handler.js';
import { METRIC } from '../../http/metrics.js';
import type { OrganizerDeps } from '../deps.js';
import { pathId, register, type OrganizerApp } from '../register-route.js';
import { csvResponse, xlsxResponse } from '../csv-response.js';
import { cutReportFilter } from '../account-reach.js';
import { exportLinks, startExport } from '../export-jobs.js';
import { reportFilter } from '../query-filters.js';

export function reportsApi(app: OrganizerApp, deps: OrganizerDeps): void {
  const named = (title: string, what: string) => downloadName(title, what, deps.clock.now(), deps.timeZone);
  const domain = { surveys: deps.store.surveys, counters: deps.store.counters, responses: deps.store.responses };

  register(app, deps, 'GET /api/surveys/:surveyId/report', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const { filter } = await cutReportFilter(deps, c, surveyId, reportFilter(c.req.valid('query')));
    const { report } = await surveyReport(domain, surveyId, filter, requestLocale(c));
    return c.json(report);
  });

  register(app, deps, 'GET /api/surveys/:surveyId/report.csv', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const locale = requestLocale(c);
    const { filter } = await cutReportFilter(deps, c, surveyId, reportFilter(c.req.valid('query')));
    const { survey, report } = await surveyReport(domain, surveyId, filter, locale);
    return csvResponse(c, named(survey.title, locale === 'en' ? 'report' : '统计报告'), reportCsv(report, locale), `report-${surveyId}.csv`);
  });

  register(app, deps, 'GET /api/surveys/:surveyId/report.xlsx', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const locale = requestLocale(c);
    const { filter } = await cutReportFilter(deps, c, surveyId, reportFilter(c.req.valid('query')));
    const { survey, report, units } = await surveyReport(domain, surveyId, filter, locale);
    const body = await reportXlsx(reportWorkbook({ survey, report, units, filter, timeZone: deps.timeZone, now: deps.clock.now() }, locale), locale);
    const name = downloadName(survey.title, reportMessages(locale).reportOf[survey.kind], deps.clock.now(), deps.timeZone, 'xlsx');
    return xlsxResponse(c, name, body, `report-${surveyId}.xlsx`);
  });

  register(app, deps, 'GET /api/surveys/:surveyId/crosstab', async (c) => {
    const { by, question } = c.req.valid('query');
    const { table } = await surveyCrossTab(domain, pathId(c, 'surveyId', 'survey'), by, question);
    return c.json(table);
  });

  register(app, deps, 'GET /api/surveys/:surveyId/crosstab.csv', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const locale = requestLocale(c);
    const { by, question } = c.req.valid('query');
    const { survey, table } = await surveyCrossTab(domain, surveyId, by, question);
    const fronts = new Map(surveyFronts(survey).map((f) => [f.id, f]));
    const frontLabel = (id: string) => {
      const f = fronts.get(id);
      return f ? localized(locale, f.label, f.labelEn) : id;
    };
    const what = locale === 'en' ? `crosstab by ${table.by}` : `交叉表-按${table.by === 'unit' ? '单位' : '战线'}`;
    return csvResponse(c, named(survey.title, what), crossTabCsv(table, locale, frontLabel), `crosstab-${surveyId}-${table.by}-${table.questionId}.csv`);
  });

  register(app, deps, 'GET /api/surveys/:surveyId/text-answers', async (c) => {
    const query = c.req.valid('query');
    return c.json(await textAnswers(domain, pathId(c, 'surveyId', 'survey'), query.question, query.cursor, reportFilter(query)));
  });

  register(app, deps, 'GET /api/surveys/:surveyId/responses.csv', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const survey = await reportSurvey(domain, surveyId);
    const options = { locale: requestLocale(c), timeZone: deps.timeZone };
    // Rows counted as they are written (inline; a job's worker writes the rest of a large file).
    async function* countedPages() {
      for await (const page of responsePages(deps.store.responses, surveyId, 500)) {
        deps.metrics?.count(METRIC.exportRows, page.length);
        yield page;
      }
    }
    const csv = responsesCsv(survey, countedPages(), options);
    // Decided on the bytes written, never an estimate: rows can differ a hundredfold in size (written
    // answers). A survey that fits is answered whole; past the limit the same file becomes a job.
    const measured = await measureChunks(csv, deps.exportInlineMaxBytes ?? INLINE_EXPORT_MAX_BYTES);
    if (!measured.fits) {
      // Stop reading here: the job's worker writes the whole file outside this request.
      await csv.return(undefined);
      const job = await startExport(deps, c, surveyId, {});
      const links = exportLinks(job.exportId);
      // A browser following the dashboard's link lands on the job's page; a program gets the job's API.
      c.header('Location', (c.req.header('accept') ?? '').includes('text/html') ? links.page : links.statusUrl);
      return c.json({ exportId: job.exportId, status: job.status, ...links }, 303);
    }
    return csvResponse(c, named(survey.title, options.locale === 'en' ? 'responses' : '原始答卷'), measured.chunks.join(''), `responses-${surveyId}.csv`);
  });
}
