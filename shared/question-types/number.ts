// number: a figure within an optional range; whole numbers in a narrow range keep a histogram.
import * as v from 'valibot';
import { counterNames } from '../report/counter-names.js';
import type { QuestionOf } from '../survey/survey-schema.js';
import { fieldName, formNumber } from './form-values.js';
import { questionBase } from './question-base.js';
import type { QuestionTypeModule, Totals } from './question-type.js';
import { questionTitle, round2 } from './report-parts.js';

export const NumberQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('number'),
  min: v.optional(v.pipe(v.number(), v.finite())),
  max: v.optional(v.pipe(v.number(), v.finite())),
  integer: v.optional(v.boolean()),
});

export const NUMBER_LIMIT = 1e12;

/** Widest range of whole numbers kept value by value, so a counter item stays far below 400 KB. */
export const HISTOGRAM_MAX_RANGE = 1000;

/** Whole-number questions with a narrow range keep a count per value, which gives min, max and median. */
export function keepsHistogram(q: QuestionOf<'number'>): boolean {
  return q.integer === true && q.min !== undefined && q.max !== undefined && q.max - q.min <= HISTOGRAM_MAX_RANGE;
}

function numberFigures(q: QuestionOf<'number'>, totals: Totals, answered: number) {
  const mean = answered > 0 ? (totals[counterNames.sum(q.id)] ?? 0) / answered : null;
  if (!keepsHistogram(q) || answered === 0) return { mean, min: null, max: null };
  const seen: number[] = [];
  for (let n = q.min ?? 0; n <= (q.max ?? 0); n++) if ((totals[counterNames.value(q.id, n)] ?? 0) > 0) seen.push(n);
  return { mean, min: seen[0] ?? null, max: seen.at(-1) ?? null };
}

export const numberQuestion: QuestionTypeModule<'number'> = {
  type: 'number',
  schema: NumberQuestionSchema,
  skeleton: (base) => ({ ...base, type: 'number', min: 0 }),
  definitionIssues: (q, _survey, add) => {
    if (q.min !== undefined && q.max !== undefined && q.min > q.max) add('min_exceeds_max', `Question ${q.id} has a minimum above its maximum.`);
  },
  checkAnswer: (q, value, issue) => {
    if (typeof value !== 'number') return issue('wrong_type'), undefined;
    if (!Number.isFinite(value)) return issue('not_finite'), undefined;
    // DynamoDB numbers and spreadsheet cells both lose precision far beyond this.
    if (Math.abs(value) > NUMBER_LIMIT) return issue(value < 0 ? 'below_min' : 'above_max', value < 0 ? { min: -NUMBER_LIMIT } : { max: NUMBER_LIMIT }), undefined;
    if (q.integer && !Number.isInteger(value)) return issue('not_integer'), undefined;
    if (q.min !== undefined && value < q.min) return issue('below_min', { min: q.min }), undefined;
    if (q.max !== undefined && value > q.max) return issue('above_max', { max: q.max }), undefined;
    return value;
  },
  fromForm: (q, form) => formNumber(form.get(fieldName.answer(q.id))),
  countAnswer: (q, answer, add) => {
    add(counterNames.sum(q.id), answer as number);
    if (keepsHistogram(q)) add(counterNames.value(q.id, answer as number));
  },
  maxCounterChanges: (q) => (keepsHistogram(q) ? 2 : 1),
  report: (q, totals, base) => ({ ...base, type: 'number', ...numberFigures(q, totals, base.answered) }),
  reportCsvRows: (r, locale) => [['', locale === 'en' ? `min ${r.min ?? '-'}, max ${r.max ?? '-'}` : `最小 ${r.min ?? '-'}，最大 ${r.max ?? '-'}`, '', '', '', '', round2(r.mean), r.answered]],
  answerColumns: (q, locale) => [{ header: questionTitle(q, locale), cell: (a) => (a as number | undefined) ?? '' }],
  crossTabColumns: () => undefined,
  logic: undefined,
};
