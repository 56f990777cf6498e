// One answer in words, as the filled form would read: option labels, ranks in order, each matrix row
// with its score, time slots as 周三下午. Each type's module says how its answer reads.
import type { Locale } from '../kernel/locale.js';
import type { Answer } from '../question-types/answers.js';
import { moduleOf } from '../question-types/registry.js';
import type { Question } from '../survey/survey-schema.js';

/** The answer's lines in words; none when the question was not answered (or was hidden). */
export function answerWords(q: Question, answer: Answer | undefined, locale: Locale): string[] {
  if (answer === undefined || answer === null || answer === '') return [];
  return moduleOf(q).answerWords(q, answer, locale);
}
