// One answer in words, as the filled form would read: option labels, ranks in order, each matrix row
// with its score, time slots as 周三下午. Keyed by type, so a new type must say how its answer reads.
import type { Locale } from '../kernel/locale.js';
import { choiceLabel } from '../question-types/report-parts.js';
import type { ChoiceAnswer } from '../question-types/answers.js';
import type { QuestionOf, QuestionType } from '../survey/survey-schema.js';

type Words<T extends QuestionType> = (q: QuestionOf<T>, answer: unknown, locale: Locale) => string[];

const points = (n: unknown, scale: number, locale: Locale) => (locale === 'en' ? `${String(n)} of ${scale}` : `${String(n)} 分（满分 ${scale} 分）`);
const list = (answer: unknown) => (Array.isArray(answer) ? (answer as ChoiceAnswer[]) : []);

const WORDS: { [T in QuestionType]: Words<T> } = {
  single_choice: (q, a, locale) => [choiceLabel(q.options, a as ChoiceAnswer, locale)],
  unit: (q, a, locale) => [choiceLabel(q.options, a as ChoiceAnswer, locale)],
  multiple_choice: (q, a, locale) => list(a).map((x) => choiceLabel(q.options, x, locale)),
  time_slots: (q, a, locale) => list(a).map((x) => choiceLabel(q.options, x, locale)),
  ranking: (q, a, locale) => list(a).map((x, i) => (locale === 'en' ? `${i + 1}. ${choiceLabel(q.options, x, locale)}` : `第 ${i + 1} 位：${choiceLabel(q.options, x, locale)}`)),
  rating: (q, a, locale) => [points(a, q.scale, locale)],
  matrix_rating: (q, a, locale) => {
    const scores = (a ?? {}) as Record<string, number>;
    return q.rows.filter((row) => scores[row.id] !== undefined).map((row) => `${choiceLabel(q.rows, row.id, locale)}${locale === 'en' ? ': ' : '：'}${points(scores[row.id], q.scale, locale)}`);
  },
  text: (_q, a) => [String(a)],
  number: (_q, a) => [String(a)],
};

/** The answer's lines in words; none when the question was not answered (or was hidden). */
export function answerWords<T extends QuestionType>(q: QuestionOf<T>, answer: unknown, locale: Locale): string[] {
  if (answer === undefined || answer === null || answer === '') return [];
  return (WORDS[q.type] as Words<T>)(q, answer, locale);
}
