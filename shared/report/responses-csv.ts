// responses.csv: one row per response, written page by page so memory stays flat at any size.
import type { Locale } from '../i18n/locale.js';
import { localized } from '../i18n/locale.js';
import type { StoredResponse } from '../storage/ports.js';
import type { Question, Survey } from '../survey/survey-schema.js';
import { moduleOf } from '../question-types/registry.js';
import { NO_UNIT_LABEL, surveyFronts, surveyUnits } from './crosstab.js';
import { csvRows, type Cell } from './csv.js';
import { districtDateTime } from '../survey-admin/zoned-time.js';

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
    { header: en ? `submitted (${timeZone})` : `提交时间（${timeZone}）`, cell: (r) => districtDateTime(r.submittedAt, timeZone) },
    { header: en ? 'unit' : '单位', cell: (r) => { const u = units.get(r.unitId); return u ? localized(locale, u.label, u.labelEn) : localized(locale, NO_UNIT_LABEL.label, NO_UNIT_LABEL.labelEn); } },
    { header: en ? 'front' : '战线', cell: (r) => { const f = r.front ? fronts.get(r.front) : undefined; return f ? localized(locale, f.label, f.labelEn) : ''; } },
    ...survey.questions.flatMap((q) => questionColumns(q, locale)),
    { header: en ? 'response id' : '答卷编号', cell: (r) => r.responseId },
  ];
}

/** Streams the CSV: the header (with BOM) first, then each page of responses as it arrives. */
export async function* responsesCsv(survey: Survey, pages: AsyncIterable<readonly StoredResponse[]>, options: ResponsesCsvOptions): AsyncGenerator<string> {
  const columns = responseColumns(survey, options);
  yield csvRows([columns.map((c) => c.header)], { bom: true });
  for await (const page of pages) {
    if (page.length > 0) yield csvRows(page.map((r) => columns.map((c) => c.cell(r))));
  }
}
