// The answer checks several question types share: text, one choice, several picks, a whole number.
import type { AnswerIssue } from './answer-issue.js';
import { type ChoiceAnswer, isOtherAnswer } from './answers.js';
import { OTHER_OPTION_ID } from '../kernel/ids.js';

export const OTHER_TEXT_MAX = 200;

export type IssueSink = (code: AnswerIssue['code'], params?: AnswerIssue['params']) => void;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Empty values mean "not answered": the same for a JSON client and a submitted HTML form. */
export function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (isPlainObject(value) && !isOtherAnswer(value) && Object.keys(value).length === 0)
  );
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

export function checkText(value: unknown, max: number, issue: IssueSink): string | undefined {
  if (typeof value !== 'string') return issue('wrong_type'), undefined;
  if (!isReadableText(value)) return issue('invalid_text'), undefined;
  const length = textLength(value);
  if (length > max) return issue('too_long', { max, length }), undefined;
  return value;
}

export function checkChoice(value: unknown, optionIds: ReadonlySet<string>, allowOther: boolean, issue: IssueSink): ChoiceAnswer | undefined {
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

export function checkPicks(
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

export function checkInteger(value: unknown, min: number, max: number, issue: IssueSink): number | undefined {
  if (typeof value !== 'number') return issue('wrong_type'), undefined;
  if (!Number.isInteger(value) || value < min || value > max) return issue('out_of_range', { min, max }), undefined;
  return value;
}

export const idsOf = (options: readonly { id: string }[]) => new Set(options.map((o) => o.id));

/** The write-in's JSON form, as the expected-form sentences show it. */
export const OTHER_ANSWER_FORM = `{ "optionId": "${OTHER_OPTION_ID}", "text": "…" }`;

/** A question's own first ids as a JSON example: `"a"` or `["a", "b"]` (ids need no escaping: see IdSchema). */
export function exampleId(options: readonly { id: string }[]): string {
  return `"${options[0]?.id ?? 'id'}"`;
}
export function exampleIds(options: readonly { id: string }[], count = 2): string {
  const ids = options.slice(0, count).map((o) => `"${o.id}"`);
  return `[${(ids.length > 0 ? ids : ['"id"']).join(', ')}]`;
}
