// Checks a respondent's answers against a survey and reports every problem by question.
// Each type's own check lives in its module (shared/question-types/).
import type { AnswerForm, AnswerIssue } from '../question-types/answer-issue.js';
import type { Answers } from '../question-types/answers.js';
import type { Survey } from './survey-schema.js';
import { isEmpty, isPlainObject } from '../question-types/answer-checks.js';
import { moduleOf } from '../question-types/registry.js';
import { walkVisible } from './display-logic.js';

export { OTHER_TEXT_MAX, textLength } from '../question-types/answer-checks.js';
export { NUMBER_LIMIT } from '../question-types/number.js';

/** The form of `answers` as a whole. */
const ANSWERS_FORM: AnswerForm = { zh: '一个对象 { 题目 id: 答案 }，如 { "q1": "a" }', en: 'an object { questionId: answer }, e.g. { "q1": "a" }' };

export type AnswerValidation = { ok: true; answers: Answers } | { ok: false; issues: AnswerIssue[] };

/**
 * Validates answers against a survey. Every problem is reported (one per question),
 * so a respondent can fix them all in one go. Empty answers to optional questions are dropped,
 * and so are answers to questions that display logic hides (see display-logic.ts).
 */
export function validateAnswers(survey: Survey, input: unknown): AnswerValidation {
  if (!isPlainObject(input)) return { ok: false, issues: [{ questionId: '', code: 'wrong_type', expected: ANSWERS_FORM }] };
  const issues: AnswerIssue[] = [];
  const answers: Answers = {};
  const questionIds = new Set(survey.questions.map((q) => q.id));

  // Said once, without the key: an error never repeats what was sent.
  if (Object.keys(input).some((key) => !questionIds.has(key))) issues.push({ questionId: '', code: 'unknown_question' });
  // In order, so each question's visibility follows from the answers accepted before it.
  walkVisible(survey, (question, shown) => {
    // A hidden question is neither required nor answered: whatever came for it is dropped.
    if (!shown) return undefined;
    const value = Object.hasOwn(input, question.id) ? input[question.id] : undefined;
    if (isEmpty(value)) {
      if (question.required) issues.push({ questionId: question.id, code: 'required' });
      return undefined;
    }
    let problem = false;
    const module = moduleOf(question);
    const answer = module.checkAnswer(question, value, (code, params) => {
      problem = true;
      const found: AnswerIssue = params ? { questionId: question.id, code, params } : { questionId: question.id, code };
      // An answer of the wrong shape is told the shape its question takes.
      if (code === 'wrong_type') found.expected = module.expectedForm(question);
      issues.push(found);
    });
    if (problem) return undefined;
    if (answer === undefined) {
      if (question.required) issues.push({ questionId: question.id, code: 'required' });
      return undefined;
    }
    answers[question.id] = answer;
    return answer;
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, answers };
}
