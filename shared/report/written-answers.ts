// What respondents wrote in their own words: a text question's answer, or the write-in under a
// choice question's "其他" (other). Counters hold only how many; the words are read from responses.
import { isOtherAnswer } from '../question-types/answers.js';
import type { Question } from '../survey/survey-schema.js';

/** Questions whose answers can carry words: text questions and choice questions with a write-in. */
export function hasWrittenAnswers(q: Question): boolean {
  return q.type === 'text' || ('allowOther' in q && q.allowOther === true);
}

/** The words in one stored answer to `q`, or undefined when it has none. */
export function writtenText(q: Question, answer: unknown): string | undefined {
  if (q.type === 'text') return typeof answer === 'string' && answer !== '' ? answer : undefined;
  const other = Array.isArray(answer) ? answer.find(isOtherAnswer) : isOtherAnswer(answer) ? answer : undefined;
  return other && other.text.trim() !== '' ? other.text : undefined;
}
