// multiple_choice: pick several options (between minPicks and maxPicks), optionally "other".
import * as v from 'valibot';
import { choiceId, isOtherAnswer, type ChoiceAnswer } from './answers.js';
import { counterNames } from './counter-names.js';
import { checkPicks, exampleIds, idsOf, OTHER_ANSWER_FORM } from './answer-checks.js';
import { fieldName, formChoice, type FormValues } from './form-values.js';
import { options, picksSchema, questionBase, SKELETON_OPTIONS } from './question-base.js';
import { OptionFigureSchema, reportSchema } from './report-shapes.js';
import type { QuestionTypeModule, AnswerColumn, DefinitionIssueSink } from './question-type.js';
import { choiceLabel, localLabel, OTHER_LABEL, optionCrossTabColumns, optionCsvRows, optionFigures, optionListIssues, pickList, questionTitle, withOther } from './report-parts.js';
import { reservedOtherIssue } from './single-choice.js';
import type { Locale } from '../kernel/locale.js';
import { defined, editorFlag, editorNumber, listFromEditor } from './editor-input.js';

export const MultipleChoiceQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('multiple_choice'),
  options,
  minPicks: picksSchema,
  maxPicks: picksSchema,
  allowOther: v.optional(v.boolean()),
});

type Picks = { id: string; minPicks?: number; maxPicks?: number };

/** minPicks against maxPicks and against the options there are (multiple_choice and time_slots). */
export function picksIssues(q: Picks, total: number, add: DefinitionIssueSink): void {
  if (q.minPicks !== undefined && q.maxPicks !== undefined && q.minPicks > q.maxPicks) add('min_exceeds_max', `Question ${q.id} needs at least ${q.minPicks} picks but allows ${q.maxPicks}.`);
  if (q.minPicks !== undefined && q.minPicks > total) add('pick_exceeds_options', `Question ${q.id} needs ${q.minPicks} picks from ${total} options.`);
}

/** The fewest picks a respondent must make: at least one when the question is required. */
export const fewestPicks = (q: { minPicks?: number; required: boolean }) => Math.max(q.minPicks ?? 0, q.required ? 1 : 0);

export const formPicks = (q: { id: string }, form: FormValues) => form.getAll(fieldName.answer(q.id)).map((value) => formChoice(form, q.id, value));

export const countPicks = (questionId: string, answer: unknown, add: (name: string) => void) => {
  for (const pick of answer as ChoiceAnswer[]) add(counterNames.option(questionId, choiceId(pick)));
};

/** responses.csv: a 1/0 column per option, the write-in's text, then every pick in one cell. */
export function pickColumns(q: { title: string; titleEn?: string; options: readonly { id: string; label: string; labelEn?: string }[] }, allowOther: boolean, locale: Locale): AnswerColumn[] {
  const title = questionTitle(q, locale);
  const picked = (a: unknown) => (a as ChoiceAnswer[] | undefined) ?? [];
  const perOption: AnswerColumn[] = q.options.map((o) => ({ header: `${title} - ${localLabel(locale, o)}`, cell: (a) => (a === undefined ? '' : picked(a).some((p) => choiceId(p) === o.id) ? 1 : 0) }));
  const other: AnswerColumn[] = allowOther ? [{ header: `${title} - ${localLabel(locale, OTHER_LABEL)}`, cell: (a) => picked(a).find(isOtherAnswer)?.text ?? '' }] : [];
  return [...perOption, ...other, { header: title, cell: (a) => picked(a).map((p) => choiceLabel(q.options, p, locale)).join('；') }];
}

export const pickedIds = (a: unknown) => (a as ChoiceAnswer[]).map(choiceId);

export const MultipleChoiceReportSchema = reportSchema('multiple_choice', { options: v.array(OptionFigureSchema) });

export const multipleChoice: QuestionTypeModule<typeof MultipleChoiceQuestionSchema, typeof MultipleChoiceReportSchema> = {
  type: 'multiple_choice',
  name: { zh: '多选', en: 'Multiple choice' },
  schema: MultipleChoiceQuestionSchema,
  reportSchema: MultipleChoiceReportSchema,
  skeleton: (base) => ({ ...base, type: 'multiple_choice', options: SKELETON_OPTIONS, maxPicks: 2 }),
  fromEditor: (form, q, catalogue) =>
    defined({ options: listFromEditor(form, 'opt', q.options, catalogue), allowOther: editorFlag(form, 'allowOther'), minPicks: editorNumber(form, 'minPicks'), maxPicks: editorNumber(form, 'maxPicks') }),
  definitionIssues: (q, _survey, add) => {
    optionListIssues(q.id, q.options, add);
    reservedOtherIssue(q, add);
    picksIssues(q, q.options.length + (q.allowOther ? 1 : 0), add);
  },
  checkAnswer: (q, value, issue) => {
    const total = q.options.length + (q.allowOther ? 1 : 0);
    return checkPicks(value, idsOf(q.options), q.allowOther === true, fewestPicks(q), q.maxPicks ?? total, issue);
  },
  expectedForm: (q) => ({
    zh: `选项 id 的数组，如 ${exampleIds(q.options)}${q.allowOther ? `；“其他”一项写为 ${OTHER_ANSWER_FORM}` : ''}`,
    en: `a list of option ids, e.g. ${exampleIds(q.options)}${q.allowOther ? `, where a write-in is ${OTHER_ANSWER_FORM}` : ''}`,
  }),
  fromForm: formPicks,
  countAnswer: (q, answer, add) => countPicks(q.id, answer, add),
  maxCounterChanges: (q) => {
    const n = q.options.length + (q.allowOther ? 1 : 0);
    return Math.min(q.maxPicks ?? n, n);
  },
  counterNames: (q) => withOther(q.options, q.allowOther === true).map((o) => counterNames.option(q.id, o.id)),
  report: (q, totals, base) => ({ ...base, type: 'multiple_choice', options: optionFigures(q.id, withOther(q.options, q.allowOther === true), totals, base.answered) }),
  reportCsvRows: (r, locale) => optionCsvRows(r.options, r.answered, locale),
  answerColumns: (q, locale) => pickColumns(q, q.allowOther === true, locale),
  answerWords: (q, a, locale) => pickList(a).map((x) => choiceLabel(q.options, x, locale)),
  crossTabColumns: (q) => optionCrossTabColumns(q.id, withOther(q.options, q.allowOther === true)),
  logic: { options: (q) => withOther(q.options, q.allowOther === true), chosen: pickedIds },
};
