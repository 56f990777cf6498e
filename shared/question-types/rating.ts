// rating: one score from 1 to the scale, with optional words for the two ends.
import * as v from 'valibot';
import { counterNames } from './counter-names.js';
import { percentCell } from '../kernel/csv.js';
import { checkInteger } from './answer-checks.js';
import { fieldName, formNumber } from './form-values.js';
import { DimensionSchema, endLabels, questionBase, scaleSchema } from './question-base.js';
import { CountSchema, reportSchema, scoreFigureEntries } from './report-shapes.js';
import type { QuestionTypeModule } from './question-type.js';

import { points, questionTitle, round2, scoreFigures } from './report-parts.js';
import { endLabelsFromEditor, editorNumber } from './editor-input.js';

export const RatingQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('rating'),
  scale: scaleSchema,
  dimension: v.optional(DimensionSchema),
  ...endLabels,
});

export const RatingReportSchema = reportSchema('rating', { scale: CountSchema, ...scoreFigureEntries });

export const rating: QuestionTypeModule<typeof RatingQuestionSchema, typeof RatingReportSchema> = {
  type: 'rating',
  name: { zh: '评分', en: 'Rating' },
  schema: RatingQuestionSchema,
  reportSchema: RatingReportSchema,
  skeleton: (base) => ({ ...base, type: 'rating', scale: 5 }),
  fromEditor: (form) => ({ scale: editorNumber(form, 'scale'), ...endLabelsFromEditor(form) }),
  definitionIssues: () => {},
  checkAnswer: (q, value, issue) => checkInteger(value, 1, q.scale, issue),
  expectedForm: (q) => ({ zh: `1 到 ${q.scale} 的整数（数字，不是字符串）`, en: `a whole number from 1 to ${q.scale} (a number, not a string)` }),
  fromForm: (q, form) => formNumber(form.get(fieldName.answer(q.id))),
  countAnswer: (q, answer, add) => add(counterNames.score(q.id, answer as number)),
  maxCounterChanges: () => 1,
  counterNames: (q) => Array.from({ length: q.scale }, (_, i) => counterNames.score(q.id, i + 1)),
  report: (q, totals, base) => ({ ...base, type: 'rating', scale: q.scale, ...scoreFigures(q.scale, (s) => totals[counterNames.score(q.id, s)] ?? 0), answered: base.answered }),
  reportCsvRows: (r) => r.distribution.map((d) => [String(d.score), String(d.score), d.count, percentCell(r.answered ? d.count / r.answered : 0), '', '', round2(r.mean), r.answered]),
  answerColumns: (q, locale) => [{ header: questionTitle(q, locale), cell: (a) => (a as number | undefined) ?? '' }],
  answerWords: (q, a, locale) => [points(a, q.scale, locale)],
  crossTabColumns: (q) => Array.from({ length: q.scale }, (_, i) => ({ id: String(i + 1), label: `${i + 1} 分`, labelEn: `${i + 1}`, counters: [counterNames.score(q.id, i + 1)] })),
  logic: undefined,
};
