// Finding responses for the organizer's list: by receipt number, unit and day (district time), newest first.
import { InvalidInputError, SurveyNotFoundError, type FieldIssue } from '../errors.js';
import type { Page } from '../kernel/page.js';
import type { ResponseListOptions, ResponseRepository, StoredResponse } from './response-store.js';
import type { SurveyRepository } from '../survey/survey-store.js';
import { parseDistrictTime } from '../kernel/zoned-time.js';
import { isId } from '../kernel/ids.js';
import type { Survey } from '../survey/survey-schema.js';
import { receiptPrefix } from './receipt.js';

/** The search as typed (query string or form): every field optional and unchecked. */
export interface ResponseSearchInput {
  receipt?: string | undefined;
  unit?: string | undefined;
  /** Days in the district's time zone, YYYY-MM-DD; `to` includes its whole day. */
  from?: string | undefined;
  to?: string | undefined;
  cursor?: string | undefined;
}

export interface ResponseSearchDeps {
  surveys: SurveyRepository;
  responses: ResponseRepository;
}

export const RESPONSE_LIST_PAGE = 50;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function dayStart(day: string, timeZone: string): Date | undefined {
  return DAY.test(day) ? parseDistrictTime(`${day}T00:00`, timeZone) : undefined;
}

/** The checked search, or every problem with it at once. */
function listOptions(input: ResponseSearchInput, timeZone: string): { receipt?: string; options: ResponseListOptions } {
  const issues: FieldIssue[] = [];
  const options: ResponseListOptions = { limit: RESPONSE_LIST_PAGE, newestFirst: true };
  let receipt: string | undefined;
  const present = (value: string | undefined) => (value !== undefined && value.trim() !== '' ? value.trim() : undefined);
  const receiptText = present(input.receipt);
  if (receiptText !== undefined) {
    receipt = receiptPrefix(receiptText);
    if (receipt === undefined) issues.push({ field: 'receipt', message: 'A receipt number is 8 letters and digits (0-9, A-F).', zh: '回执号是 8 位数字或字母（0-9、A-F）。' });
  }
  const unit = present(input.unit);
  if (unit !== undefined) {
    if (isId(unit)) options.unitId = unit;
    else issues.push({ field: 'unit', message: 'Unknown unit.', zh: '没有这个单位。' });
  }
  const from = present(input.from);
  if (from !== undefined) {
    const start = dayStart(from, timeZone);
    if (start) options.from = start.toISOString();
    else issues.push({ field: 'from', message: 'Expected a date (YYYY-MM-DD).', zh: '请填写日期，如 2026-03-01。' });
  }
  const to = present(input.to);
  if (to !== undefined) {
    const start = dayStart(to, timeZone);
    if (start) options.to = new Date(start.getTime() + 24 * 3600 * 1000).toISOString();
    else issues.push({ field: 'to', message: 'Expected a date (YYYY-MM-DD).', zh: '请填写日期，如 2026-03-01。' });
  }
  if (issues.length > 0) throw new InvalidInputError(issues);
  const cursor = present(input.cursor);
  if (cursor !== undefined) options.cursor = cursor;
  return receipt === undefined ? { options } : { receipt, options };
}

/**
 * One page of a survey's responses. A receipt number finds its response directly (through the
 * by-id index); the other filters then still apply, so a search never shows what they exclude.
 */
export async function searchResponses(deps: ResponseSearchDeps, surveyId: string, input: ResponseSearchInput, timeZone: string): Promise<{ survey: Survey; page: Page<StoredResponse> }> {
  const survey = await deps.surveys.get(surveyId);
  if (!survey) throw new SurveyNotFoundError(surveyId);
  const { receipt, options } = listOptions(input, timeZone);
  if (receipt === undefined) return { survey, page: await deps.responses.list(surveyId, options) };
  const found = await deps.responses.findByIdPrefix(surveyId, receipt, RESPONSE_LIST_PAGE);
  const fits = (r: StoredResponse) =>
    (options.unitId === undefined || r.unitId === options.unitId) &&
    (options.from === undefined || r.submittedAt >= options.from) &&
    (options.to === undefined || r.submittedAt < options.to);
  return { survey, page: { items: found.filter(fits).sort((a, b) => b.submittedAt.localeCompare(a.submittedAt)) } };
}
