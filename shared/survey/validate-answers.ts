// Checks a respondent's answers against a survey and reports every problem by question.
import type { AnswerIssue } from './answer-issue.js';
import { type Answer, type Answers, type ChoiceAnswer, isOtherAnswer } from './answers.js';
import { OTHER_OPTION_ID } from './ids.js';
import { allowedDecimals, decimalsIn, NUMBER_LIMIT } from './number-rules.js';
import type { Question, QuestionOf, Survey } from './survey-schema.js';

export const OTHER_TEXT_MAX = 200;

export type AnswerValidation = { ok: true; answers: Answers } | { ok: false; issues: AnswerIssue[] };

type Check<T extends Question['type']> = (q: QuestionOf<T>, value: unknown, issue: IssueSink) => Answer | undefined;
type IssueSink = (code: AnswerIssue['code'], params?: AnswerIssue['params']) => void;

/** Empty values mean "not answered": the same for a JSON client and a submitted HTML form. */
function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (isPlainObject(value) && !isOtherAnswer(value) && Object.keys(value).length === 0)
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Length as people count characters (code points), so Chinese and emoji count once each. */
export function textLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

// Lone surrogates cannot be stored as UTF-8; NUL and other C0 controls (except tab and
// newlines) have no business in an answer.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
function isReadableText(text: string): boolean {
  return text.isWellFormed() && !CONTROL_CHARS.test(text);
}

function checkText(value: unknown, max: number, issue: IssueSink): string | undefined {
  if (typeof value !== 'string') return issue('wrong_type'), undefined;
  if (!isReadableText(value)) return issue('invalid_text'), undefined;
  const length = textLength(value);
  if (length > max) return issue('too_long', { max, length }), undefined;
  return value;
}

function checkChoice(
  value: unknown,
  optionIds: ReadonlySet<string>,
  allowOther: boolean,
  issue: IssueSink,
): ChoiceAnswer | undefined {
  if (typeof value === 'string') {
    if (optionIds.has(value)) return value;
    if (value === OTHER_OPTION_ID && allowOther) return issue('other_text_required'), undefined;
    return issue('unknown_option'), undefined;
  }
  if (isOtherAnswer(value)) {
    if (!allowOther) return issue('other_not_allowed'), undefined;
    const text = (value as { text?: unknown }).text;
    if (typeof text !== 'string' || text.trim() === '') return issue('other_text_required'), undefined;
    const checked = checkText(text.trim(), OTHER_TEXT_MAX, issue);
    return checked === undefined ? undefined : { optionId: OTHER_OPTION_ID, text: checked };
  }
  return issue('wrong_type'), undefined;
}

function checkPicks(
  value: unknown,
  optionIds: ReadonlySet<string>,
  allowOther: boolean,
  min: number,
  max: number,
  issue: IssueSink,
  tooFew: 'too_few_picks' | 'too_few_ranked' = 'too_few_picks',
  tooMany: 'too_many_picks' | 'too_many_ranked' = 'too_many_picks',
): ChoiceAnswer[] | undefined {
  if (!Array.isArray(value)) return issue('wrong_type'), undefined;
  if (value.length > optionIds.size + 1) return issue(tooMany, { max }), undefined;
  const picks: ChoiceAnswer[] = [];
  const seen = new Set<string>();
  for (const item of value) {
    const pick = checkChoice(item, optionIds, allowOther, issue);
    if (pick === undefined) return undefined;
    const id = typeof pick === 'string' ? pick : pick.optionId;
    if (seen.has(id)) return issue('duplicate_option'), undefined;
    seen.add(id);
    picks.push(pick);
  }
  if (picks.length < min) return issue(tooFew, { min }), undefined;
  if (picks.length > max) return issue(tooMany, { max }), undefined;
  return picks;
}

function checkInteger(value: unknown, min: number, max: number, issue: IssueSink): number | undefined {
  if (typeof value !== 'number') return issue('wrong_type'), undefined;
  if (!Number.isInteger(value) || value < min || value > max) return issue('out_of_range', { min, max }), undefined;
  return value;
}

/** Within ±10^12 and the question's decimals (see number-rules), so every sum of answers stays exact. */
function checkNumber(q: QuestionOf<'number'>, value: unknown, issue: IssueSink): number | undefined {
  if (typeof value !== 'number') return issue('wrong_type'), undefined;
  if (!Number.isFinite(value)) return issue('not_finite'), undefined;
  if (Math.abs(value) > NUMBER_LIMIT) return issue(value < 0 ? 'below_min' : 'above_max', value < 0 ? { min: -NUMBER_LIMIT } : { max: NUMBER_LIMIT }), undefined;
  const decimals = allowedDecimals(q);
  if (decimalsIn(value) > decimals) return decimals === 0 ? issue('not_integer') : issue('too_many_decimals', { decimals }), undefined;
  if (q.min !== undefined && value < q.min) return issue('below_min', { min: q.min }), undefined;
  if (q.max !== undefined && value > q.max) return issue('above_max', { max: q.max }), undefined;
  // -0 is 0: one number, one way to store it.
  return value === 0 ? 0 : value;
}

const idsOf = (options: readonly { id: string }[]) => new Set(options.map((o) => o.id));

const checks: { [T in Question['type']]: Check<T> } = {
  single_choice: (q, value, issue) => checkChoice(value, idsOf(q.options), q.allowOther === true, issue),
  unit: (q, value, issue) => checkChoice(value, idsOf(q.options), false, issue),
  multiple_choice: (q, value, issue) => {
    const total = q.options.length + (q.allowOther ? 1 : 0);
    const min = Math.max(q.minPicks ?? 0, q.required ? 1 : 0);
    return checkPicks(value, idsOf(q.options), q.allowOther === true, min, q.maxPicks ?? total, issue);
  },
  time_slots: (q, value, issue) => {
    const min = Math.max(q.minPicks ?? 0, q.required ? 1 : 0);
    return checkPicks(value, idsOf(q.options), false, min, q.maxPicks ?? q.options.length, issue);
  },
  ranking: (q, value, issue) => {
    const max = Math.min(q.pick, q.options.length);
    const min = Math.min(q.minPicks ?? max, max);
    return checkPicks(value, idsOf(q.options), false, Math.max(min, 1), max, issue, 'too_few_ranked', 'too_many_ranked');
  },
  rating: (q, value, issue) => checkInteger(value, 1, q.scale, issue),
  matrix_rating: (q, value, issue) => {
    if (!isPlainObject(value)) return issue('wrong_type'), undefined;
    const rowIds = idsOf(q.rows);
    const result: Record<string, number> = {};
    for (const [rowId, score] of Object.entries(value)) {
      if (!rowIds.has(rowId)) return issue('unknown_row', { rowId: rowId.slice(0, 64) }), undefined;
      if (isEmpty(score)) continue;
      const checked = checkInteger(score, 1, q.scale, issue);
      if (checked === undefined) return undefined;
      result[rowId] = checked;
    }
    if (q.required && Object.keys(result).length < q.rows.length) return issue('row_required'), undefined;
    return Object.keys(result).length === 0 ? undefined : result;
  },
  text: (q, value, issue) => {
    const text = checkText(value, q.maxLength, issue);
    return text === undefined || text.trim() === '' ? undefined : text;
  },
  number: (q, value, issue) => checkNumber(q, value, issue),
};

function checkQuestion(question: Question, value: unknown, issue: IssueSink): Answer | undefined {
  return (checks[question.type] as Check<Question['type']>)(question, value, issue);
}

/**
 * Validates answers against a survey. Every problem is reported (one per question),
 * so a respondent can fix them all in one go. Empty answers to optional questions are dropped.
 */
export function validateAnswers(survey: Survey, input: unknown): AnswerValidation {
  if (!isPlainObject(input)) return { ok: false, issues: [{ questionId: '', code: 'wrong_type' }] };
  const issues: AnswerIssue[] = [];
  const answers: Answers = {};
  const questionIds = new Set(survey.questions.map((q) => q.id));

  for (const key of Object.keys(input)) {
    if (!questionIds.has(key)) issues.push({ questionId: key.slice(0, 64), code: 'unknown_question' });
  }
  for (const question of survey.questions) {
    const value = Object.hasOwn(input, question.id) ? input[question.id] : undefined;
    if (isEmpty(value)) {
      if (question.required) issues.push({ questionId: question.id, code: 'required' });
      continue;
    }
    let problem = false;
    const answer = checkQuestion(question, value, (code, params) => {
      problem = true;
      issues.push(params ? { questionId: question.id, code, params } : { questionId: question.id, code });
    });
    if (problem) continue;
    if (answer === undefined) {
      if (question.required) issues.push({ questionId: question.id, code: 'required' });
      continue;
    }
    answers[question.id] = answer;
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, answers };
}
