// number: a figure within an optional range and a fixed number of decimals; whole numbers in a
// narrow range keep a histogram.
import * as v from 'valibot';
import { counterNames } from './counter-names.js';
import { decimalOf, decimalPlaces } from '../kernel/exact-decimal.js';
import { fieldName, formNumber } from './form-values.js';
import { questionBase } from './question-base.js';
import { reportSchema } from './report-shapes.js';
import type { QuestionTypeModule, Totals } from './question-type.js';
import { questionTitle, round2 } from './report-parts.js';
import { defined, editorFlag, editorNumber } from './editor-input.js';

export const NumberQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('number'),
  min: v.optional(v.pipe(v.number(), v.finite())),
  max: v.optional(v.pipe(v.number(), v.finite())),
  integer: v.optional(v.boolean()),
  /** Most digits after the point an answer may have (0 to 4); 0 with `integer`, else 2 when absent. */
  decimals: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(4))),
});

type NumberQuestion = v.InferOutput<typeof NumberQuestionSchema>;

/** Largest magnitude of an answer or a bound: DynamoDB and Excel both lose precision far beyond it. */
export const NUMBER_LIMIT = 1e12;
/** The most decimals a number question may ask for (its `decimals` field), and a bound may have. */
export const MAX_DECIMALS = 4;
/** Decimals allowed when a question that is not `integer` states none. */
export const DEFAULT_DECIMALS = 2;

/**
 * Why sums stay exact: an answer is a multiple of 10^-4 below 10^12 in size (16 digits), so the sum of
 * 10^22 of them still fits DynamoDB's 38 digits: an ADD to a unit's sum can never run out of precision.
 */
export function allowedDecimals(q: Pick<NumberQuestion, 'integer' | 'decimals'>): number {
  return q.integer ? 0 : (q.decimals ?? DEFAULT_DECIMALS);
}

/** Digits after the point of a finite number as people write it (1e-7 has 7, 0.1 + 0.2 has 17). */
export function decimalsIn(value: number): number {
  return decimalPlaces(decimalOf(value));
}

/**
 * The value a number answer adds to its sum: the answer itself for every answer the check accepts.
 * A response stored before decimals existed (1e-37) counts rounded to the question's decimals, so a
 * rebuild with --write repairs a sum that had no room left for another digit.
 */
export function countedNumber(q: NumberQuestion, answer: number): number {
  if (!Number.isFinite(answer) || Math.abs(answer) > NUMBER_LIMIT) return 0;
  const rounded = Number(answer.toFixed(allowedDecimals(q)));
  return rounded === 0 ? 0 : rounded;
}

/** Widest range of whole numbers kept value by value, so a counter item stays far below 400 KB. */
export const HISTOGRAM_MAX_RANGE = 1000;

/** Whole-number questions with a narrow range keep a count per value, which gives min, max and median. */
export function keepsHistogram(q: NumberQuestion): boolean {
  return q.integer === true && q.min !== undefined && q.max !== undefined && q.max - q.min <= HISTOGRAM_MAX_RANGE;
}

/** The whole numbers a histogram keeps a count for. */
function histogramValues(q: NumberQuestion): number[] {
  const values: number[] = [];
  for (let n = Math.ceil(q.min ?? 0); n <= Math.floor(q.max ?? 0); n++) values.push(n);
  return values;
}

function numberFigures(q: NumberQuestion, totals: Totals, answered: number) {
  const mean = answered > 0 ? (totals[counterNames.sum(q.id)] ?? 0) / answered : null;
  if (!keepsHistogram(q) || answered === 0) return { mean, min: null, max: null };
  const seen = histogramValues(q).filter((n) => (totals[counterNames.value(q.id, n)] ?? 0) > 0);
  return { mean, min: seen[0] ?? null, max: seen.at(-1) ?? null };
}

export const NumberReportSchema = reportSchema('number', { mean: v.nullable(v.number()), min: v.nullable(v.number()), max: v.nullable(v.number()) });

export const numberQuestion: QuestionTypeModule<typeof NumberQuestionSchema, typeof NumberReportSchema> = {
  type: 'number',
  name: { zh: '数字', en: 'Number' },
  schema: NumberQuestionSchema,
  reportSchema: NumberReportSchema,
  skeleton: (base) => ({ ...base, type: 'number', min: 0 }),
  fromEditor: (form) => defined({ min: editorNumber(form, 'min'), max: editorNumber(form, 'max'), integer: editorFlag(form, 'integer'), decimals: editorNumber(form, 'decimals') }),
  definitionIssues: (q, _survey, add) => {
    // A bound like 1e300 or 1e-300 cannot even be stored; one beyond what answers may be means nothing.
    for (const [name, bound] of [['minimum', q.min], ['maximum', q.max]] as const) {
      if (bound !== undefined && (Math.abs(bound) > NUMBER_LIMIT || decimalsIn(bound) > MAX_DECIMALS)) {
        add('bound_out_of_range', `The ${name} must lie between -10^12 and 10^12, with at most ${MAX_DECIMALS} decimals.`);
      }
    }
    if (q.min !== undefined && q.max !== undefined && q.min > q.max) add('min_exceeds_max', `Question ${q.id} has a minimum above its maximum.`);
    if (q.integer && q.decimals !== undefined && q.decimals > 0) add('integer_with_decimals', 'A whole-number question cannot have decimals.');
  },
  checkAnswer: (q, value, issue) => {
    if (typeof value !== 'number') return issue('wrong_type'), undefined;
    if (!Number.isFinite(value)) return issue('not_finite'), undefined;
    if (Math.abs(value) > NUMBER_LIMIT) return issue(value < 0 ? 'below_min' : 'above_max', value < 0 ? { min: -NUMBER_LIMIT } : { max: NUMBER_LIMIT }), undefined;
    const decimals = allowedDecimals(q);
    if (decimalsIn(value) > decimals) return decimals === 0 ? issue('not_integer') : issue('too_many_decimals', { decimals }), undefined;
    if (q.min !== undefined && value < q.min) return issue('below_min', { min: q.min }), undefined;
    if (q.max !== undefined && value > q.max) return issue('above_max', { max: q.max }), undefined;
    // -0 is 0: one number, one way to store it.
    return value === 0 ? 0 : value;
  },
  expectedForm: (q) => {
    const whole = allowedDecimals(q) === 0;
    const zhRange = q.min !== undefined && q.max !== undefined ? `，${q.min} 到 ${q.max}` : q.min !== undefined ? `，不小于 ${q.min}` : q.max !== undefined ? `，不大于 ${q.max}` : '';
    const enRange = q.min !== undefined && q.max !== undefined ? ` from ${q.min} to ${q.max}` : q.min !== undefined ? ` of at least ${q.min}` : q.max !== undefined ? ` of at most ${q.max}` : '';
    // People meet this too (text typed into a number field without JavaScript): no "string" jargon here.
    return { zh: `${whole ? '整数' : '数字'}${zhRange}`, en: `${whole ? 'a whole number' : 'a number'}${enRange}` };
  },
  fromForm: (q, form) => formNumber(form.get(fieldName.answer(q.id))),
  countAnswer: (q, answer, add) => {
    add(counterNames.sum(q.id), countedNumber(q, answer as number));
    if (keepsHistogram(q)) add(counterNames.value(q.id, answer as number));
  },
  maxCounterChanges: (q) => (keepsHistogram(q) ? 2 : 1),
  counterNames: (q) => [counterNames.sum(q.id), ...(keepsHistogram(q) ? histogramValues(q).map((n) => counterNames.value(q.id, n)) : [])],
  report: (q, totals, base) => ({ ...base, type: 'number', ...numberFigures(q, totals, base.answered) }),
  reportCsvRows: (r, locale) => [['', locale === 'en' ? `min ${r.min ?? '-'}, max ${r.max ?? '-'}` : `最小 ${r.min ?? '-'}，最大 ${r.max ?? '-'}`, '', '', '', '', round2(r.mean), r.answered]],
  answerColumns: (q, locale) => [{ header: questionTitle(q, locale), cell: (a) => (a as number | undefined) ?? '' }],
  answerWords: (_q, a) => [String(a)],
  crossTabColumns: () => undefined,
  logic: undefined,
};
