// The visual editor's changes to one question: save its fields, move, duplicate or delete it.
// Returns the whole new definition for the usual checks, or the problems beside each field.
import * as v from 'valibot';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { editorMessages, ISSUE_FIELD } from '../i18n/editor-messages.js';
import type { Locale } from '../kernel/locale.js';
import { defined, editorText } from '../question-types/editor-input.js';
import type { FormValues } from '../question-types/form-values.js';
import { moduleOf } from '../question-types/registry.js';
import { definitionIssues } from '../survey/definition-issues.js';
import { type DefinitionIssue } from '../question-types/definition-issue.js';
import { SurveySchema, type Condition, type Question, type Survey } from '../survey/survey-schema.js';
import { visibleIfOf } from '../survey/display-logic.js';
import { logicField, parseLogicRows, type LogicRow } from './logic-rows.js';

export type EditAction = 'save' | 'up' | 'down' | 'duplicate' | 'delete';

/**
 * Saved, or shown again: with the problems beside their fields (a refusal), or with none while a
 * display-logic row's question has just been chosen and its options are to be ticked.
 */
export type EditOutcome =
  | { ok: true; survey: Survey; focus?: string }
  | { ok: false; question: Question; problems: Record<string, string[]>; logicRows?: LogicRow[] }
  /** A move, copy or delete the definition's rules refuse: why, to show beside the card. */
  | { ok: false; refused: string[] };

/** A definition problem in words: "第 3 题：…" (by the question's place, never its id). */
export function issueLine(survey: Survey, issue: DefinitionIssue, locale: Locale): string {
  const t = editorMessages(locale);
  const number = survey.questions.findIndex((q) => q.id === issue.questionId) + 1;
  return number > 0 ? `${t.questionN(number)}${locale === 'en' ? ': ' : '：'}${t.issue[issue.code]}` : t.issue[issue.code];
}

/** A reordered or shortened list, or the reasons its rules refuse it. */
function checkedList(survey: Survey, questions: Question[], locale: Locale, focus?: string): EditOutcome {
  const candidate = { ...survey, questions };
  const issues = definitionIssues(candidate);
  if (issues.length > 0) return { ok: false, refused: issues.map((issue) => issueLine(candidate, issue, locale)) };
  return { ok: true, survey: candidate, ...(focus ? { focus } : {}) };
}

/** An id not yet used: "<base>-2", "<base>-3", … */
export function freeId(base: string, taken: readonly string[]): string {
  for (let n = 2; ; n++) {
    const id = `${base.slice(0, 56)}-${n}`;
    if (!taken.includes(id)) return id;
  }
}

/** The question as the editor form describes it: base fields here, its type's fields from its module. */
function questionFromForm(survey: Survey, current: Question, form: FormValues, catalogue: Catalogue | undefined, conditions: Condition[]): { question: Question; sections: Survey['sections'] } {
  const visibleIf = visibleIfOf(conditions);
  let sections = survey.sections;
  let sectionId = editorText(form, 'sectionId');
  const newSection = editorText(form, 'newSection');
  if (newSection) {
    sectionId = freeId('section', (sections ?? []).map((s) => s.id));
    sections = [...(sections ?? []), { id: sectionId, title: newSection }];
  }
  const base = defined({
    id: current.id,
    type: current.type,
    aspect: current.aspect,
    required: form.get('required') === '1',
    title: (form.get('title') ?? '').trim(),
    titleEn: editorText(form, 'titleEn'),
    help: editorText(form, 'help'),
    helpEn: editorText(form, 'helpEn'),
    sectionId,
    visibleIf,
  });
  const own = moduleOf(current).fromEditor(form, current, catalogue);
  return { question: { ...base, ...own } as Question, sections };
}

/** Which editor field a schema problem in question `index` concerns. */
function schemaField(path: string): string {
  const key = path.split('.')[0] ?? '';
  if (['title', 'titleEn'].includes(key)) return 'title';
  if (['help', 'helpEn'].includes(key)) return 'help';
  if (['options', 'rows', 'grid'].includes(key)) return 'options';
  if (['minPicks', 'maxPicks', 'pick', 'min', 'max', 'decimals', 'integer'].includes(key)) return 'picks';
  if (['scale', 'lowLabel', 'highLabel', 'lowLabelEn', 'highLabelEn'].includes(key)) return 'scale';
  if (key === 'maxLength') return 'maxLength';
  if (key === 'visibleIf') return 'logic';
  return 'general';
}

function problemsFor(candidate: Survey, index: number, questionId: string, locale: Locale): Record<string, string[]> {
  const t = editorMessages(locale);
  const problems: Record<string, string[]> = {};
  const add = (field: string, message: string) => {
    const list = (problems[field] ??= []);
    if (!list.includes(message)) list.push(message);
  };
  const parsed = v.safeParse(SurveySchema, candidate);
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const path = v.getDotPath(issue) ?? '';
      const prefix = `questions.${index}.`;
      if (path.startsWith(prefix)) add(schemaField(path.slice(prefix.length)), t.invalidField);
      else add('general', t.invalidField);
    }
    return problems;
  }
  for (const issue of definitionIssues(parsed.output)) {
    add(issue.questionId === questionId ? ISSUE_FIELD[issue.code] : 'general', issue.questionId && issue.questionId !== questionId ? issueLine(parsed.output, issue, locale) : t.issue[issue.code]);
  }
  return problems;
}

export function editQuestion(survey: Survey, questionId: string, action: EditAction, form: FormValues, locale: Locale, catalogue?: Catalogue): EditOutcome | undefined {
  const index = survey.questions.findIndex((q) => q.id === questionId);
  const current = survey.questions[index];
  if (!current) return undefined;
  const questions = [...survey.questions];
  const swap = (to: number) => {
    if (to < 0 || to >= questions.length) return;
    [questions[index], questions[to]] = [questions[to] as Question, current];
  };
  switch (action) {
    case 'up':
      swap(index - 1);
      return checkedList(survey, questions, locale);
    case 'down':
      swap(index + 1);
      return checkedList(survey, questions, locale);
    case 'delete':
      questions.splice(index, 1);
      return checkedList(survey, questions, locale);
    case 'duplicate': {
      const copy = { ...current, id: freeId(current.id, questions.map((q) => q.id)) };
      questions.splice(index + 1, 0, copy);
      return checkedList(survey, questions, locale, copy.id);
    }
    case 'save': {
      const logic = parseLogicRows(survey, index, form, form.get('op') === logicField.show, locale);
      const { question, sections } = questionFromForm(survey, current, form, catalogue, logic.conditions);
      questions[index] = question;
      const candidate: Survey = { ...survey, questions, ...(sections ? { sections } : {}) };
      const problems = problemsFor(candidate, index, questionId, locale);
      if (logic.problems.length > 0) problems.logic = [...logic.problems, ...(problems.logic ?? [])];
      if (Object.keys(problems).length > 0 || logic.choosing) return { ok: false, question, problems, logicRows: logic.rows };
      return { ok: true, survey: candidate, focus: questionId };
    }
  }
}
