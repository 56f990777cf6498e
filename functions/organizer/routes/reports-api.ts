// The demand report as JSON and CSV: read from counters; raw responses streamed page by page.
import type { Context } from 'hono';
import { InvalidReportFilterError } from '../../../shared/errors.js';
import { INLINE_EXPORT_MAX_BYTES, measureChunks } from '../../../shared/report/export-files.js';
import { crossTabCsv, reportCsv } from '../../../shared/report/report-csv.js';
import type { ReportFilter } from '../../../shared/report/report-types.js';
import { responsePages } from '../../../shared/report/response-pages.js';
import { responsesCsv } from '../../../shared/report/responses-csv.js';
import { surveyCrossTab, surveyReport, textAnswers, reportSurvey } from '../../../shared/report/survey-report.js';
import { surveyFronts } from '../../../shared/report/crosstab.js';
import { localized } from '../../../shared/i18n/locale.js';
import { isId } from '../../../shared/survey/ids.js';
import { requestLocale } from '../../http/error-handler.js';
import { METRIC } from '../../http/metrics.js';
import type { OrganizerDeps } from '../deps.js';
import { pathId, register, type OrganizerApp } from '../register-route.js';
import { csvResponse } from './csv-response.js';
import { exportLinks, startExport } from './exports-api.js';

/** ?unit= and ?front=, checked against the id alphabet here and against the survey in the domain. */
export function reportFilter(c: Context): ReportFilter {
  const filter: ReportFilter = {};
  const issues: { field: string; message: string }[] = [];
  for (const field of ['unit', 'front'] as const) {
    const value = c.req.query(field);
    if (value === undefined || value === '') continue;
    if (isId(value)) filter[field] = value;
    else issues.push({ field, message: `No ${field} of this survey has this id.` });
  }
  if (issues.length > 0) throw new InvalidReportFilterError(issues);
  return filter;
}

function crossTabBy(c: Context): 'unit' | 'front' {
  const by = c.req.query('by') ?? 'unit';
  if (by !== 'unit' && by !== 'front') throw new InvalidReportFilterError([{ field: 'by', message: 'by must be unit or front' }]);
  return by;
}

function questionParam(c: Context): string | undefined {
  const question = c.req.query('question');
  if (question === undefined || question === '') return undefined;
  if (!isId(question)) throw new InvalidReportFilterError([{ field: 'question', message: 'This survey has no question by this id.' }]);
  return question;
}

export function reportsApi(app: OrganizerApp, deps: OrganizerDeps): void {
  const domain = { surveys: deps.store.surveys, counters: deps.store.counters, responses: deps.store.responses };

  register(app, deps, 'GET /api/surveys/:surveyId/report', async (c) => {
    const { report } = await surveyReport(domain, pathId(c, 'surveyId', 'survey'), reportFilter(c), requestLocale(c));
    return c.json(report);
  });

  register(app, deps, 'GET /api/surveys/:surveyId/report.csv', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const locale = requestLocale(c);
    const { report } = await surveyReport(domain, surveyId, reportFilter(c), locale);
    return csvResponse(c, `report-${surveyId}.csv`, reportCsv(report, locale));
  });

  register(app, deps, 'GET /api/surveys/:surveyId/crosstab', async (c) => {
    const { table } = await surveyCrossTab(domain, pathId(c, 'surveyId', 'survey'), crossTabBy(c), questionParam(c));
    return c.json(table);
  });

  register(app, deps, 'GET /api/surveys/:surveyId/crosstab.csv', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const locale = requestLocale(c);
    const { survey, table } = await surveyCrossTab(domain, surveyId, crossTabBy(c), questionParam(c));
    const fronts = new Map(surveyFronts(survey).map((f) => [f.id, f]));
    const frontLabel = (id: string) => {
      const f = fronts.get(id);
      return f ? localized(locale, f.label, f.labelEn) : id;
    };
    return csvResponse(c, `crosstab-${surveyId}-${table.by}-${table.questionId}.csv`, crossTabCsv(table, locale, frontLabel));
  });

  register(app, deps, 'GET /api/surveys/:surveyId/text-answers', async (c) => {
    const question = questionParam(c);
    if (!question) throw new InvalidReportFilterError([{ field: 'question', message: 'question is required' }]);
    return c.json(await textAnswers(domain, pathId(c, 'surveyId', 'survey'), question, c.req.query('cursor'), reportFilter(c)));
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
    return csvResponse(c, `responses-${surveyId}.csv`, measured.chunks.join(''));
  });
}
