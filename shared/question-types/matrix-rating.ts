// matrix_rating: one score per row (e.g. rate each aspect of a lecture), all on one scale.
import * as v from 'valibot';
import { counterNames } from './counter-names.js';
import { percentCell } from '../kernel/csv.js';
import { checkInteger, exampleId, idsOf, isEmpty, isPlainObject } from './answer-checks.js';
import { fieldName, formNumber } from './form-values.js';
import { DimensionSchema, endLabels, OptionSchema, questionBase, scaleSchema, SKELETON_OPTIONS } from './question-base.js';
import { CountSchema, LabelledSchema, reportSchema, scoreFigureEntries } from './report-shapes.js';
import type { QuestionTypeModule } from './question-type.js';

import { choiceLabel, labelled, localLabel, optionListIssues, points, questionTitle, round2, scoreFigures } from './report-parts.js';
import { endLabelsFromEditor, editorNumber, listFromEditor } from './editor-input.js';

export const MatrixRatingQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('matrix_rating'),
  rows: v.pipe(v.array(OptionSchema), v.minLength(1), v.maxLength(50)),
  scale: scaleSchema,
  dimension: v.optional(DimensionSchema),
  ...endLabels,
});

export const MatrixRatingReportSchema = reportSchema('matrix_rating', { scale: CountSchema, rows: v.array(v.object({ ...LabelledSchema.entries, ...scoreFigureEntries })) });

export const matrixRating: QuestionTypeModule<typeof MatrixRatingQuestionSchema, typeof MatrixRatingReportSchema> = {
  type: 'matrix_rating',
  name: { zh: '矩阵评分', en: 'Matrix rating' },
  schema: MatrixRatingQuestionSchema,
  reportSchema: MatrixRatingReportSchema,
  skeleton: (base) => ({ ...base, type: 'matrix_rating', scale: 5, rows: SKELETON_OPTIONS.slice(0, 2) }),
  fromEditor: (form, q) => ({ rows: listFromEditor(form, 'row', q.rows), scale: editorNumber(form, 'scale'), ...endLabelsFromEditor(form) }),
  definitionIssues: (q, _survey, add) => optionListIssues(q.id, q.rows, add),
  checkAnswer: (q, value, issue) => {
    if (!isPlainObject(value)) return issue('wrong_type'), undefined;
    const rowIds = idsOf(q.rows);
    const result: Record<string, number> = {};
    for (const [rowId, score] of Object.entries(value)) {
      if (!rowIds.has(rowId)) return issue('unknown_row'), undefined;
      if (isEmpty(score)) continue;
      const checked = checkInteger(score, 1, q.scale, issue);
      if (checked === undefined) return undefined;
      result[rowId] = checked;
    }
    if (q.required && Object.keys(result).length < q.rows.length) return issue('row_required'), undefined;
    return Object.keys(result).length === 0 ? undefined : result;
  },
  expectedForm: (q) => ({
    zh: `一个对象 { 评分项 id: 1 到 ${q.scale} 的整数 }，如 { ${exampleId(q.rows)}: ${q.scale} }`,
    en: `an object { rowId: whole number from 1 to ${q.scale} }, e.g. { ${exampleId(q.rows)}: ${q.scale} }`,
  }),
  fromForm: (q, form) => {
    const rows: Record<string, unknown> = {};
    for (const row of q.rows) {
      const score = formNumber(form.get(fieldName.row(q.id, row.id)));
      if (score !== undefined) rows[row.id] = score;
    }
    return rows;
  },
  countAnswer: (q, answer, add) => {
    for (const [rowId, score] of Object.entries(answer as Record<string, number>)) add(counterNames.rowScore(q.id, rowId, score));
  },
  maxCounterChanges: (q) => q.rows.length,
  counterNames: (q) => q.rows.flatMap((row) => Array.from({ length: q.scale }, (_, i) => counterNames.rowScore(q.id, row.id, i + 1))),
  report: (q, totals, base) => ({
    ...base,
    type: 'matrix_rating',
    scale: q.scale,
    rows: q.rows.map((row) => ({ ...labelled(row), ...scoreFigures(q.scale, (s) => totals[counterNames.rowScore(q.id, row.id, s)] ?? 0) })),
  }),
  reportCsvRows: (r, locale) =>
    r.rows.flatMap((row) => row.distribution.map((d) => [`${row.id}:${d.score}`, `${localLabel(locale, row)}: ${d.score}`, d.count, percentCell(row.answered ? d.count / row.answered : 0), '', '', round2(row.mean), row.answered])),
  answerColumns: (q, locale) => q.rows.map((row) => ({ header: `${questionTitle(q, locale)} - ${localLabel(locale, row)}`, cell: (a) => (a as Record<string, number> | undefined)?.[row.id] ?? '' })),
  answerWords: (q, a, locale) => {
    const scores = a as Record<string, number>;
    return q.rows.filter((row) => scores[row.id] !== undefined).map((row) => `${choiceLabel(q.rows, row.id, locale)}${locale === 'en' ? ': ' : '：'}${points(scores[row.id], q.scale, locale)}`);
  },
  crossTabColumns: () => undefined,
  logic: undefined,
};
