// responses.csv: one row per response, written page by page so memory stays flat at any size.
import type { Locale } from '../kernel/locale.js';
import { localized } from '../kernel/locale.js';
import type { StoredResponse } from '../responses/response-store.js';
import type { Question, Survey } from '../survey/survey-schema.js';
import { moduleOf } from '../question-types/registry.js';
import { NO_UNIT_LABEL, surveyFronts, surveyUnits } from './crosstab.js';
import { csvRows, type Cell } from '../kernel/csv.js';
import { districtDateTime } from '../kernel/zoned-time.js';
import { receiptNumber } from '../responses/receipt.js';
import { zoneName } from '../i18n/zone-names.js';

interface Column {
  header: string;
  cell: (r: StoredResponse) => Cell;
}

function questionColumns(q: Question, locale: Locale): Column[] {
  return moduleOf(q).answerColumns(q, locale).map((c) => ({ header: c.header, cell: (r) => c.cell(r.answers[q.id]) }));
}

export interface ResponsesCsvOptions {
  locale: Locale;
  timeZone: string;
}

function responseColumns(survey: Survey, { locale, timeZone }: ResponsesCsvOptions): Column[] {
  const units = new Map(surveyUnits(survey).map((u) => [u.id, u]));
  const fronts = new Map(surveyFronts(survey).map((f) => [f.id, f]));
  const en = locale === 'en';
  return [
    { header: en ? `submitted (${zoneName(timeZone, locale)})` : `提交时间（${zoneName(timeZone, locale)}）`, cell: (r) => districtDateTime(r.submittedAt, timeZone) },
    { header: en ? 'unit' : '单位', cell: (r) => { const u = units.get(r.unitId); return u ? localized(locale, u.label, u.labelEn) : localized(locale, NO_UNIT_LABEL.label, NO_UNIT_LABEL.labelEn); } },
    { header: en ? 'front' : '战线', cell: (r) => { const f = r.front ? fronts.get(r.front) : undefined; return f ? localized(locale, f.label, f.labelEn) : ''; } },
    ...survey.questions.flatMap((q) => questionColumns(q, locale)),
    // The receipt number, as respondents and the responses page quote it; the id stays in the API.
    { header: en ? 'receipt number' : '回执编号', cell: (r) => receiptNumber(r.responseId) },
    // Invalid responses stay in the raw file, flagged, so the record is complete and a filter in Excel drops them.
    { header: en ? 'invalid' : '无效答卷', cell: (r) => (r.invalid ? (en ? 'invalid' : '无效') : '') },
    { header: en ? 'invalid: reason' : '无效原因', cell: (r) => r.invalid?.reason ?? '' },
  ];
}

/** One response as (heading, value) pairs, exactly as its CSV row has them: for the response's own page. */
export function responseFields(survey: Survey, response: StoredResponse, options: ResponsesCsvOptions): { header: string; value: Cell }[] {
  return responseColumns(survey, options).map((c) => ({ header: c.header, value: c.cell(response) }));
}

/** Streams the CSV: the header (with BOM) first, then each page of responses as it arrives. */
export async function* responsesCsv(survey: Survey, pages: AsyncIterable<readonly StoredResponse[]>, options: ResponsesCsvOptions): AsyncGenerator<string> {
  const columns = responseColumns(survey, options);
  yield csvRows([columns.map((c) => c.header)], { bom: true });
  for await (const page of pages) {
    if (page.length > 0) yield csvRows(page.map((r) => columns.map((c) => c.cell(r))));
  }
}
