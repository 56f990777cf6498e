// text: a written answer up to maxLength characters; reports count them and list them.
import * as v from 'valibot';
import { checkText } from './answer-checks.js';
import { fieldName } from './form-values.js';
import { questionBase } from './question-base.js';
import type { QuestionTypeModule } from './question-type.js';
import { reportSchema } from './report-shapes.js';
import { questionTitle } from './report-parts.js';
import { defined, editorFlag, editorNumber } from './editor-input.js';

export const TextQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('text'),
  maxLength: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5000)),
  multiline: v.optional(v.boolean()),
  /** A phone number: the phone offers its number keypad (a one-line field only). */
  phone: v.optional(v.boolean()),
});

export const TextReportSchema = reportSchema('text', {});

export const textQuestion: QuestionTypeModule<typeof TextQuestionSchema, typeof TextReportSchema> = {
  type: 'text',
  name: { zh: '文本', en: 'Text' },
  schema: TextQuestionSchema,
  reportSchema: TextReportSchema,
  skeleton: (base) => ({ ...base, type: 'text', maxLength: 500, multiline: true }),
  fromEditor: (form) => defined({ maxLength: editorNumber(form, 'maxLength'), multiline: editorFlag(form, 'multiline'), phone: editorFlag(form, 'phone') }),
  definitionIssues: () => {},
  checkAnswer: (q, value, issue) => {
    const checked = checkText(value, q.maxLength, issue);
    return checked === undefined || checked.trim() === '' ? undefined : checked;
  },
  expectedForm: (q) => ({ zh: `一段文字（字符串），不超过 ${q.maxLength} 个字`, en: `a string of at most ${q.maxLength} characters` }),
  fromForm: (q, form) => form.get(fieldName.answer(q.id)) ?? undefined,
  // Written answers are read from the responses themselves, never counted.
  countAnswer: () => {},
  maxCounterChanges: () => 0,
  counterNames: () => [],
  report: (_q, _totals, base) => ({ ...base, type: 'text' }),
  reportCsvRows: (r) => [['', '', r.answered, '', '', '', '', r.answered]],
  answerColumns: (q, locale) => [{ header: questionTitle(q, locale), cell: (a) => (a as string | undefined) ?? '' }],
  answerWords: (_q, a) => [String(a)],
  crossTabColumns: () => undefined,
  logic: undefined,
};
