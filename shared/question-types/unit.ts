// unit: the respondent's own unit, picked from the catalogue's units grouped by front.
// Responses are counted under it, so reports can be cut by unit and front.
import * as v from 'valibot';
import { IdSchema } from '../kernel/ids.js';
import { choiceId, type ChoiceAnswer } from './answers.js';
import { counterNames } from './counter-names.js';
import { unitOptions } from './catalogue-options.js';
import { checkChoice, exampleId, idsOf } from './answer-checks.js';
import { fieldName, formChoice } from './form-values.js';
import { questionBase, text, optionalText } from './question-base.js';
import { OptionFigureSchema, reportSchema } from './report-shapes.js';
import type { QuestionTypeModule } from './question-type.js';
import { choiceLabel, optionCrossTabColumns, optionCsvRows, optionFigures, optionListIssues } from './report-parts.js';
import { unitsFromEditor } from './editor-input.js';

/** Most units a unit question may list (the needs template lists every active unit). */
export const MAX_UNIT_OPTIONS = 500;

export const UnitOptionSchema = v.object({
  id: IdSchema,
  label: text(200),
  labelEn: optionalText(200),
  front: IdSchema,
});

export const UnitQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('unit'),
  options: v.pipe(v.array(UnitOptionSchema), v.maxLength(MAX_UNIT_OPTIONS)),
});

export const UnitReportSchema = reportSchema('unit', { options: v.array(OptionFigureSchema) });

export const unitQuestion: QuestionTypeModule<typeof UnitQuestionSchema, typeof UnitReportSchema> = {
  type: 'unit',
  name: { zh: '单位', en: 'Unit' },
  schema: UnitQuestionSchema,
  reportSchema: UnitReportSchema,
  skeleton: (base, catalogue) => ({ ...base, type: 'unit', options: catalogue ? unitOptions(catalogue) : [] }),
  fromEditor: (form, q, catalogue) => ({ options: unitsFromEditor(form, q.options, catalogue) }),
  definitionIssues: (q, survey, add) => {
    optionListIssues(q.id, q.options, add);
    if (survey.fronts) {
      const fronts = new Set(survey.fronts.map((f) => f.id));
      for (const o of q.options) if (!fronts.has(o.front)) add('unknown_front', `Unit ${o.id} names unknown front ${o.front}.`);
    }
  },
  // A unit is never "other": responses count under a known unit or under none.
  checkAnswer: (q, value, issue) => checkChoice(value, idsOf(q.options), false, issue),
  expectedForm: (q) => ({ zh: `一个单位 id（字符串），如 ${exampleId(q.options)}`, en: `one unit id (a string), e.g. ${exampleId(q.options)}` }),
  fromForm: (q, form) => {
    const value = form.get(fieldName.answer(q.id));
    return value ? formChoice(form, q.id, value) : undefined;
  },
  countAnswer: (q, answer, add) => add(counterNames.option(q.id, choiceId(answer as ChoiceAnswer))),
  maxCounterChanges: () => 1,
  // The first unit question decides the counter item, so an item holds one of its options only.
  counterNames: (q, survey) => {
    const names = q.options.map((o) => counterNames.option(q.id, o.id));
    return survey.questions.find((other) => other.type === 'unit')?.id === q.id ? names.sort((a, b) => b.length - a.length).slice(0, 1) : names;
  },
  report: (q, totals, base) => ({ ...base, type: 'unit', options: optionFigures(q.id, q.options, totals, base.answered) }),
  reportCsvRows: (r, locale) => optionCsvRows(r.options, r.answered, locale),
  // responses.csv already has a unit column (with its front) for every survey.
  answerColumns: () => [],
  answerWords: (q, a, locale) => [choiceLabel(q.options, a as ChoiceAnswer, locale)],
  crossTabColumns: (q) => optionCrossTabColumns(q.id, q.options),
  logic: { options: (q) => q.options, chosen: (a) => [choiceId(a as ChoiceAnswer)] },
};
