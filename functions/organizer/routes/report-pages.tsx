// The report page, and downloads of finished export files in the local run.
import { InvalidReportFilterError } from '../../../shared/errors.js';
import { crossTab, cutCrossTab, defaultCrossTabQuestion, surveyFronts, surveyUnits } from '../../../shared/report/crosstab.js';
import type { ReportFilter } from '../../../shared/report/report-types.js';
import { latestTextAnswers, surveyReport } from '../../../shared/report/survey-report.js';
import { hasWrittenAnswers } from '../../../shared/report/written-answers.js';
import { ApiError } from '../../http/api-error.js';
import { requestLocale } from '../../http/error-handler.js';
import { onRefusal } from '../../http/refused-form.js';
import { parseQuery } from '../../http/valid-input.js';
import { renderPage } from '../../http/render.js';
import type { OrganizerDeps } from '../deps.js';
import { LocalExportFiles } from '../exports/local-export-files.js';
import { ReportPage } from '../pages/report-page.js';
import { pathId, register, type OrganizerApp } from '../register-route.js';
import { exportFileResponse } from '../csv-response.js';
import { pageContext } from '../page-context.js';
import { cutReportFilter } from '../account-reach.js';
import { reportFilter } from '../query-filters.js';
import { ReportFilterQuery } from '../query-schemas.js';


export function reportPages(app: OrganizerApp, deps: OrganizerDeps): void {
  const domain = { surveys: deps.store.surveys, counters: deps.store.counters, responses: deps.store.responses };

  register(app, deps, 'GET /admin/surveys/:surveyId/report', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const locale = requestLocale(c);
    const page = async (asked: ReportFilter) => {
      const { filter: cutFilter, fronts: cutTo } = await cutReportFilter(deps, c, surveyId, asked);
      const { survey, report, units } = await surveyReport(domain, surveyId, cutFilter, locale);
      const filter = report.filter;
      const matrixQuestion = defaultCrossTabQuestion(survey);
      const matrix = matrixQuestion && surveyUnits(survey).length > 0 ? cutCrossTab(crossTab(survey, units, 'unit', matrixQuestion.id), filter) : undefined;
      const textIds = survey.questions.filter(hasWrittenAnswers).map((q) => q.id);
      const texts = textIds.length > 0 && report.responses > 0 ? await latestTextAnswers(domain, surveyId, textIds, undefined, filter) : [];
      const inCut = <T extends { id: string }>(list: T[], frontOf: (item: T) => string | undefined) => (cutTo ? list.filter((item) => cutTo.includes(frontOf(item) ?? '')) : list);
      return renderPage(
        c,
        <ReportPage
          ctx={pageContext(c)}
          survey={survey}
          report={report}
          filter={filter}
          matrix={matrix}
          texts={texts}
          timeZone={deps.timeZone}
          printedAt={deps.clock.now()}
          units={inCut(surveyUnits(survey), (u) => u.front)}
          fronts={inCut(surveyFronts(survey), (f) => f.id)}
          cut={cutTo !== undefined}
        />,
      );
    };
    // An unknown unit or front in the address: the whole report (or the reader's whole cut) rather than nothing.
    onRefusal(c, ({ error }) => (error instanceof InvalidReportFilterError ? page({}) : undefined));
    return page(reportFilter(parseQuery(ReportFilterQuery, c)));
  });

  register(app, deps, 'GET /admin/exports/:file', (c) => {
    const name = c.req.param('file') ?? '';
    const file = deps.exports instanceof LocalExportFiles ? deps.exports.read(name) : undefined;
    if (!file) throw new ApiError(404, 'not_found');
    c.header('Content-Length', String(file.bytes));
    return exportFileResponse(c, name, file.body);
  });
}
