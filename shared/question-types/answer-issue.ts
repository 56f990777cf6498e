// A problem with one answer, named by code so every language can phrase it.
import type { Locale } from '../kernel/locale.js';

export type AnswerIssueCode =
  | 'required'
  | 'unknown_question'
  | 'wrong_type'
  | 'unknown_option'
  | 'duplicate_option'
  | 'too_few_picks'
  | 'too_many_picks'
  | 'too_few_ranked'
  | 'too_many_ranked'
  | 'out_of_range'
  | 'below_min'
  | 'above_max'
  | 'not_integer'
  | 'too_many_decimals'
  | 'not_finite'
  | 'too_long'
  | 'other_text_required'
  | 'other_not_allowed'
  | 'unknown_row'
  | 'row_required'
  | 'invalid_text'
  /** The survey was opened from a unit's link, and the answer names another unit. */
  | 'unit_link_mismatch';

export interface AnswerIssue {
  questionId: string;
  code: AnswerIssueCode;
  params?: Record<string, number | string>;
  /** With `wrong_type`: the form the question takes, in each language (from its type's module), so a client can fix it. */
  expected?: AnswerForm;
}

/** How an answer must be written, as a phrase in each language ("a list of option ids, e.g. [\"a\"]"). */
export type AnswerForm = Readonly<Record<Locale, string>>;
