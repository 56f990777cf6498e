// single_choice: pick one option, optionally "other" with a write-in.
import * as v from 'valibot';
import { choiceId, type ChoiceAnswer } from './answers.js';
import { OTHER_OPTION_ID } from '../kernel/ids.js';
import { counterNames } from './counter-names.js';
import { checkChoice, exampleId, idsOf, OTHER_ANSWER_FORM } from './answer-checks.js';
import { fieldName, formChoice } from './form-values.js';
import { options, questionBase, SKELETON_OPTIONS } from './question-base.js';
import { OptionFigureSchema, reportSchema } from './report-shapes.js';
import type { QuestionTypeModule } from './question-type.js';
import { choiceLabel, optionCrossTabColumns, optionCsvRows, optionFigures, optionListIssues, questionTitle, withOther } from './report-parts.js';
import { defined, editorFlag, listFromEditor } from './editor-input.js';

export const SingleChoiceQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('single_choice'),
  options,
  allowOther: v.optional(v.boolean()),
});

/** A write-in uses the id "other", so a listed option may not when write-ins are allowed. */
export function reservedOtherIssue(q: { id: string; allowOther?: boolean; options: readonly { id: string }[] }, add: (code: 'reserved_option_id', message: string) => void): void {
  if (q.allowOther && q.options.some((o) => o.id === OTHER_OPTION_ID)) {
    add('reserved_option_id', `Question ${q.id} allows a write-in, so no option may use the id "${OTHER_OPTION_ID}".`);
  }
}

export const SingleChoiceReportSchema = reportSchema('single_choice', { options: v.array(OptionFigureSchema) });

export const singleChoice: QuestionTypeModule<typeof SingleChoiceQuestionSchema, typeof SingleChoiceReportSchema> = {
  type: 'single_choice',
  name: { zh: '单选', en: 'Single choice' },
  schema: SingleChoiceQuestionSchema,
  reportSchema: SingleChoiceReportSchema,
  skeleton: (base) => ({ ...base, type: 'single_choice', options: SKELETON_OPTIONS }),
  fromEditor: (form, q, catalogue) => defined({ options: listFromEditor(form, 'opt', q.options, catalogue), allowOther: editorFlag(form, 'allowOther') }),
  definitionIssues: (q, _survey, add) => {
    optionListIssues(q.id, q.options, add);
    reservedOtherIssue(q, add);
  },
  checkAnswer: (q, value, issue) => checkChoice(value, idsOf(q.options), q.allowOther === true, issue),
  expectedForm: (q) =>
    q.allowOther
      ? { zh: `一个选项 id（字符串），如 ${exampleId(q.options)}；选“其他”时为 ${OTHER_ANSWER_FORM}`, en: `one option id (a string), e.g. ${exampleId(q.options)}, or for a write-in ${OTHER_ANSWER_FORM}` }
      : { zh: `一个选项 id（字符串），如 ${exampleId(q.options)}`, en: `one option id (a string), e.g. ${exampleId(q.options)}` },
  fromForm: (q, form) => {
    const value = form.get(fieldName.answer(q.id));
    return value ? formChoice(form, q.id, value) : undefined;
  },
  countAnswer: (q, answer, add) => add(counterNames.option(q.id, choiceId(answer as ChoiceAnswer))),
  maxCounterChanges: () => 1,
  counterNames: (q) => withOther(q.options, q.allowOther === true).map((o) => counterNames.option(q.id, o.id)),
  report: (q, totals, base) => ({ ...base, type: 'single_choice', options: optionFigures(q.id, withOther(q.options, q.allowOther === true), totals, base.answered) }),
  reportCsvRows: (r, locale) => optionCsvRows(r.options, r.answered, locale),
  answerColumns: (q, locale) => [{ header: questionTitle(q, locale), cell: (a) => (a === undefined ? '' : choiceLabel(q.options, a as ChoiceAnswer, locale)) }],
  answerWords: (q, a, locale) => [choiceLabel(q.options, a as ChoiceAnswer, locale)],
  crossTabColumns: (q) => optionCrossTabColumns(q.id, withOther(q.options, q.allowOther === true)),
  logic: { options: (q) => withOther(q.options, q.allowOther === true), chosen: (a) => [choiceId(a as ChoiceAnswer)] },
};
