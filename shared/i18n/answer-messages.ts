// What each answer problem says to the respondent, in both languages.
import type { AnswerIssue } from '../question-types/answer-issue.js';
import type { Locale } from '../kernel/locale.js';

type Params = AnswerIssue['params'];
/** The issue's params, and the issue itself for what params cannot carry (the expected form). */
type Formatter = (p: Params, issue: AnswerIssue) => string;

const zh: Record<AnswerIssue['code'], Formatter> = {
  required: () => '此题必答，请作答。',
  unknown_question: () => '答卷中有本问卷没有的题目。',
  wrong_type: (_p, issue) => (issue.expected ? `答案的格式不正确：应为${issue.expected.zh}。` : '答案的格式不正确。'),
  unknown_option: () => '所选选项不在本题的选项中。',
  duplicate_option: () => '同一选项只能选一次。',
  too_few_picks: (p) => `请至少选择 ${p?.min} 项。`,
  too_many_picks: (p) => `最多只能选择 ${p?.max} 项。`,
  too_few_ranked: (p) => `请至少排出 ${p?.min} 项。`,
  too_many_ranked: (p) => `最多只能排 ${p?.max} 项。`,
  out_of_range: (p) => `请填写 ${p?.min} 到 ${p?.max} 之间的数值。`,
  below_min: (p) => `数值不能小于 ${p?.min}。`,
  above_max: (p) => `数值不能大于 ${p?.max}。`,
  not_integer: () => '请填写整数。',
  too_many_decimals: (p) => `最多保留 ${p?.decimals} 位小数。`,
  not_finite: () => '请填写一个有效的数字。',
  too_long: (p) => `不能超过 ${p?.max} 个字（现有 ${p?.length} 个字）。`,
  other_text_required: () => '选择“其他”时请填写具体内容。',
  other_not_allowed: () => '本题不接受“其他”填写。',
  unknown_row: () => '评分项不在本题中。',
  row_required: () => '请为每一项打分。',
  invalid_text: () => '内容含有无法识别的字符。',
  unit_link_mismatch: () => '本问卷是从单位专属链接打开的，答卷将记在该单位名下，不能选择其他单位。',
};

const en: Record<AnswerIssue['code'], Formatter> = {
  required: () => 'This question needs an answer.',
  unknown_question: () => 'The answers name a question this survey does not have.',
  wrong_type: (_p, issue) => (issue.expected ? `The answer is not in the right form: expected ${issue.expected.en}.` : 'The answer is not in the right form.'),
  unknown_option: () => 'The chosen option is not one of this question’s options.',
  duplicate_option: () => 'Each option can be chosen only once.',
  too_few_picks: (p) => `Choose at least ${p?.min}.`,
  too_many_picks: (p) => `Choose at most ${p?.max}.`,
  too_few_ranked: (p) => `Rank at least ${p?.min}.`,
  too_many_ranked: (p) => `Rank at most ${p?.max}.`,
  out_of_range: (p) => `Choose a value from ${p?.min} to ${p?.max}.`,
  below_min: (p) => `The number must be at least ${p?.min}.`,
  above_max: (p) => `The number must be at most ${p?.max}.`,
  not_integer: () => 'Enter a whole number.',
  too_many_decimals: (p) => `Use at most ${p?.decimals} decimal places.`,
  not_finite: () => 'Enter a valid number.',
  too_long: (p) => `Use at most ${p?.max} characters (now ${p?.length}).`,
  other_text_required: () => 'Please say what “Other” is.',
  other_not_allowed: () => 'This question takes no write-in answer.',
  unknown_row: () => 'This row is not part of the question.',
  row_required: () => 'Rate every row.',
  invalid_text: () => 'The text contains characters that cannot be read.',
  unit_link_mismatch: () => 'This form was opened from another unit’s link; it is filed under that unit.',
};

export function answerIssueMessage(issue: AnswerIssue, locale: Locale): string {
  return (locale === 'en' ? en : zh)[issue.code](issue.params, issue);
}
