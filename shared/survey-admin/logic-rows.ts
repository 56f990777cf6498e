// The editor's display-logic rows: one row per condition (a question chosen, then its options),
// read back from the posted form. A row the editor cannot keep as it was shown is refused with the
// reason, never dropped: ticked options of another question, a question with nothing ticked.
import { editorMessages } from '../i18n/editor-messages.js';
import type { Locale } from '../kernel/locale.js';
import { MAX_CONDITIONS } from '../question-types/question-base.js';
import type { FormValues } from '../question-types/form-values.js';
import { moduleOf } from '../question-types/registry.js';
import { conditionList } from '../survey/display-logic.js';
import type { Condition, Question, Survey } from '../survey/survey-schema.js';

/** A row as the editor shows it: a question and the options ticked (none yet, while being chosen). */
export interface LogicRow {
  questionId: string;
  anyOf: string[];
}

/** The form's field names: the row's question, and its ticked options as `questionId:optionId`. */
export const logicField = {
  question: (row: number) => `if.${row}.q`,
  option: (row: number) => `if.${row}.o`,
  /** The button that shows a newly chosen question's options without saving. */
  show: 'logic',
};

export const optionValue = (questionId: string, optionId: string) => `${questionId}:${optionId}`;

/** The rows a question's stored condition shows. */
export function rowsOf(q: Question): LogicRow[] {
  return conditionList(q.visibleIf).map((c) => ({ questionId: c.questionId, anyOf: [...c.anyOf] }));
}

/** The earlier questions a condition may rest on: choice questions before `index`, with their number. */
export function logicSources(survey: Survey, index: number): { question: Question; number: number }[] {
  return survey.questions
    .slice(0, index)
    .map((question, i) => ({ question, number: i + 1 }))
    .filter(({ question }) => moduleOf(question).logic !== undefined);
}

export interface ParsedLogic {
  /** The rows as posted (a row changing its question keeps only that question's options). */
  rows: LogicRow[];
  /** The conditions to save, when every row can be kept. */
  conditions: Condition[];
  /** Why a row cannot be kept, in the caller's language; empty when all can. */
  problems: string[];
  /** A row whose question was just chosen and whose options are to be shown, not yet saved. */
  choosing: boolean;
}

/**
 * Reads the rows. With `show` (the "show its options" button, or the editor script on choosing a
 * question) a row without ticked options is a row being chosen, not a mistake.
 */
export function parseLogicRows(survey: Survey, index: number, form: FormValues, show: boolean, locale: Locale): ParsedLogic {
  const t = editorMessages(locale);
  const sources = new Map(logicSources(survey, index).map((s) => [s.question.id, s]));
  const rows: LogicRow[] = [];
  const conditions: Condition[] = [];
  const problems: string[] = [];
  let choosing = false;
  // One more than may be kept, so too many rows is said rather than cut.
  for (let k = 0; k <= MAX_CONDITIONS; k++) {
    const questionId = (form.get(logicField.question(k)) ?? '').trim();
    const ticked = form.getAll(logicField.option(k));
    if (!questionId) continue;
    const label = rows.length + 1;
    const source = sources.get(questionId);
    if (!source) {
      problems.push(t.logicRowUnknown(label));
      continue;
    }
    const options = new Set((moduleOf(source.question).logic?.options(source.question) ?? []).map((o) => o.id));
    const own = ticked.filter((v) => v.startsWith(`${questionId}:`)).map((v) => v.slice(questionId.length + 1));
    const foreign = ticked.length - own.length;
    const anyOf = own.filter((id) => options.has(id));
    if (foreign > 0 && !show) problems.push(t.logicRowOtherQuestion(label, source.number));
    else if (anyOf.length < own.length) problems.push(t.logicRowUnknownOption(label, source.number));
    else if (anyOf.length === 0) {
      if (show) choosing = true;
      else problems.push(t.logicRowNoOptions(label, source.number));
    }
    rows.push({ questionId, anyOf });
    if (anyOf.length > 0) conditions.push({ questionId, anyOf });
  }
  if (rows.length > MAX_CONDITIONS) problems.push(t.logicTooMany(MAX_CONDITIONS));
  return { rows, conditions, problems, choosing };
}
