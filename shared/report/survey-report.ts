// The organizer's report reads: the survey, its counters (never its responses), and filters checked.
import { InvalidReportFilterError, SurveyNotFoundError } from '../errors.js';
import type { Locale } from '../kernel/locale.js';
import type { CounterRepository, UnitCounters } from '../survey/counter-store.js';
import type { ResponseRepository, StoredResponse } from '../responses/response-store.js';
import type { SurveyRepository } from '../survey/survey-store.js';
import type { Survey } from '../survey/survey-schema.js';
import { buildReport } from './aggregate.js';
import { checkReportFilter, crossTab } from './crosstab.js';
import { hasWrittenAnswers, writtenText } from './written-answers.js';
import type { CrossTab, ReportFilter, SurveyReport } from './report-types.js';

export interface ReportDeps {
  surveys: SurveyRepository;
  counters: CounterRepository;
  responses: ResponseRepository;
}

export async function reportSurvey(deps: Pick<ReportDeps, 'surveys'>, surveyId: string): Promise<Survey> {
  const survey = await deps.surveys.get(surveyId);
  if (!survey) throw new SurveyNotFoundError(surveyId);
  return survey;
}

/** The report, with the counters it was built from (so a page can draw more from them without a second read). */
export async function surveyReport(deps: ReportDeps, surveyId: string, filter: ReportFilter, locale: Locale): Promise<{ survey: Survey; report: SurveyReport; units: UnitCounters[] }> {
  const survey = await reportSurvey(deps, surveyId);
  checkReportFilter(survey, filter);
  const units = await deps.counters.read(surveyId);
  return { survey, report: buildReport(survey, units, filter, locale), units };
}

export async function surveyCrossTab(deps: ReportDeps, surveyId: string, by: 'unit' | 'front', questionId: string | undefined): Promise<{ survey: Survey; table: CrossTab }> {
  const survey = await reportSurvey(deps, surveyId);
  return { survey, table: crossTab(survey, await deps.counters.read(surveyId), by, questionId) };
}

export interface TextAnswersPage {
  questionId: string;
  answers: { responseId: string; submittedAt: string; unitId: string; text: string }[];
  cursor?: string;
}

/** A text question's answers, read from the responses a page at a time (the counters hold only their count). */
export async function textAnswers(deps: ReportDeps, surveyId: string, questionId: string, cursor: string | undefined, filter: ReportFilter = {}): Promise<TextAnswersPage> {
  return (await latestTextAnswers(deps, surveyId, [questionId], cursor, filter))[0]!;
}

/** Written answers (text questions, "other" write-ins) to several questions from one page of responses, newest first. */
export async function latestTextAnswers(deps: ReportDeps, surveyId: string, questionIds: readonly string[], cursor: string | undefined, filter: ReportFilter = {}): Promise<TextAnswersPage[]> {
  const survey = await reportSurvey(deps, surveyId);
  const questions = questionIds.map((questionId) => {
    const question = survey.questions.find((q) => q.id === questionId);
    if (!question || !hasWrittenAnswers(question)) throw new InvalidReportFilterError([{ field: 'question', message: 'This survey has no text question (or write-in) by this id.', zh: '本问卷没有这道填写题。' }]);
    return question;
  });
  checkReportFilter(survey, filter);
  const matches = (r: StoredResponse) => !r.invalid && (filter.unit === undefined || r.unitId === filter.unit) && (filter.front === undefined || r.front === filter.front);
  const answered = (r: StoredResponse) => matches(r) && questions.some((q) => writtenText(q, r.answers[q.id]) !== undefined);
  // A unit's or front's answers may lie pages back: read on until a page has one or the responses end,
  // so an empty page never comes with a cursor (the cost is the responses read, as a scan of them).
  const items: StoredResponse[] = [];
  let next = cursor;
  do {
    const page = await deps.responses.list(surveyId, { limit: 200, ...(next ? { cursor: next } : {}), newestFirst: true });
    items.push(...page.items.filter(answered));
    next = page.cursor;
  } while (items.length === 0 && next);
  return questions.map((q) => {
    const answers = items.flatMap((r) => {
      const text = writtenText(q, r.answers[q.id]);
      return text === undefined ? [] : [{ responseId: r.responseId, submittedAt: r.submittedAt, unitId: r.unitId, text }];
    });
    return next ? { questionId: q.id, answers, cursor: next } : { questionId: q.id, answers };
  });
}
