// responses.csv: one row per response, written page by page so memory stays flat at any size.
import type { Locale } from '../i18n/locale.js';
import { localized } from '../i18n/locale.js';
import type { StoredResponse } from '../storage/ports.js';
import { isOtherAnswer, type ChoiceAnswer } from '../survey/answers.js';
import type { Question, Survey } from '../survey/survey-schema.js';
import { OTHER_LABEL } from './aggregate.js';
import { NO_UNIT_LABEL, surveyFronts, surveyUnits } from './crosstab.js';
import { csvRows, type Cell } from './csv.js';
import { districtDateTime } from '../survey-admin/zoned-time.js';

interface Column {
  header: string;
  cell: (r: StoredResponse) => Cell;
}

function questionColumns(q: Question, locale: Locale): Column[] {
  const title = localized(locale, q.title, q.titleEn);
  const l = (o: { label: string; labelEn?: string }) => localized(locale, o.label, o.labelEn);
  const otherWord = l(OTHER_LABEL);
  const choiceLabel = (options: readonly { id: string; label: string; labelEn?: string }[], a: ChoiceAnswer) => {
    if (isOtherAnswer(a)) return `${otherWord}: ${a.text}`;
    const o = options.find((x) => x.id === a);
    return o ? l(o) : a;
  };
  const answer = (r: StoredResponse) => r.answers[q.id];
  switch (q.type) {
    case 'single_choice':
    case 'unit':
      return [{ header: title, cell: (r) => (answer(r) === undefined ? '' : choiceLabel(q.options, answer(r) as ChoiceAnswer)) }];
    case 'multiple_choice':
    case 'time_slots': {
      const picked = (r: StoredResponse) => (answer(r) as ChoiceAnswer[] | undefined) ?? [];
      const has = (r: StoredResponse, id: string) => picked(r).some((a) => (typeof a === 'string' ? a === id : a.optionId === id));
      const perOption: Column[] = q.options.map((o) => ({ header: `${title} - ${l(o)}`, cell: (r) => (answer(r) === undefined ? '' : has(r, o.id) ? 1 : 0) }));
      const other: Column[] =
        q.type === 'multiple_choice' && q.allowOther
          ? [{ header: `${title} - ${otherWord}`, cell: (r) => { const o = picked(r).find(isOtherAnswer); return o ? o.text : ''; } }]
          : [];
      return [...perOption, ...other, { header: title, cell: (r) => picked(r).map((a) => choiceLabel(q.options, a)).join('；') }];
    }
    case 'ranking':
      return Array.from({ length: Math.min(q.pick, q.options.length) }, (_, i) => ({
        header: locale === 'en' ? `${title} - rank ${i + 1}` : `${title} - 第${i + 1}位`,
        cell: (r) => { const id = (answer(r) as string[] | undefined)?.[i]; return id === undefined ? '' : choiceLabel(q.options, id); },
      }));
    case 'matrix_rating':
      return q.rows.map((row) => ({ header: `${title} - ${l(row)}`, cell: (r) => (answer(r) as Record<string, number> | undefined)?.[row.id] ?? '' }));
    case 'rating':
    case 'number':
    case 'text':
      return [{ header: title, cell: (r) => (answer(r) as string | number | undefined) ?? '' }];
  }
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
    ...survey.questions.filter((q) => q.type !== 'unit').flatMap((q) => questionColumns(q, locale)),
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
